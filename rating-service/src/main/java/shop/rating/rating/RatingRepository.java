package shop.rating.rating;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingRepository extends JpaRepository<Rating, UUID> {

	boolean existsByOrderIdAndProductId(UUID orderId, UUID productId);

	Page<Rating> findByProductId(UUID productId, Pageable pageable);

}
