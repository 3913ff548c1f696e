package shop.catalog.category;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CategoryRepository extends JpaRepository<Category, UUID> {

	Optional<Category> findBySlug(String slug);

	boolean existsBySlug(String slug);

	boolean existsByParentId(UUID parentId);

	@Query("select c from Category c order by c.name, c.slug")
	List<Category> findAllOrdered();

}
