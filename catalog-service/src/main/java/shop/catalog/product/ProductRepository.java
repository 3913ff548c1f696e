package shop.catalog.product;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, UUID> {

	@Query("select p.sku from Product p where p.sku in :skus and p.deletedAt is null")
	List<String> findLiveSkus(Collection<String> skus);

	@Query("select count(p) > 0 from Product p where p.sku = :sku and p.deletedAt is null and p.id <> :id")
	boolean skuTakenByAnother(String sku, UUID id);

}
