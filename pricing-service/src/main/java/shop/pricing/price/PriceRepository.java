package shop.pricing.price;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PriceRepository extends JpaRepository<Price, PriceKey> {

	/**
	 * Creates a first price unless one exists (also when another transaction creates it
	 * at the same time).
	 * @return 1 when this call created it
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			insert into prices (product_id, currency, amount, updated_at, updated_by, version)
			values (:productId, :currency, :amount, :updatedAt, :updatedBy, 0)
			on conflict do nothing""", nativeQuery = true)
	int createIfAbsent(UUID productId, String currency, BigDecimal amount, Instant updatedAt, UUID updatedBy);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Price p where p.key = :key")
	Optional<Price> findForUpdate(PriceKey key);

	@Query("select p from Price p where p.key.productId in :productIds and p.key.currency = :currency")
	List<Price> findAllIn(Collection<UUID> productIds, String currency);

	@Query("select p from Price p where p.key.productId = :productId order by p.key.currency")
	List<Price> findByProduct(UUID productId);

}
