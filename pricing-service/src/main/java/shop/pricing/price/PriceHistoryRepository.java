package shop.pricing.price;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PriceHistoryRepository extends JpaRepository<PriceHistoryEntry, UUID> {

	@Query("select h from PriceHistoryEntry h where h.productId = :productId order by h.changedAt desc, h.id desc")
	Page<PriceHistoryEntry> findByProduct(UUID productId, Pageable pageable);

}
