package shop.fulfillment.inventory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InventoryRepository extends JpaRepository<Inventory, UUID> {

	/**
	 * Creates an empty inventory unless one exists (also when another transaction creates
	 * it at the same time).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			insert into inventory (product_id, on_hand, reserved, low_stock_threshold, updated_at, version)
			values (:productId, 0, 0, :lowStockThreshold, :now, 0)
			on conflict do nothing""", nativeQuery = true)
	int createIfAbsent(UUID productId, int lowStockThreshold, Instant now);

	/**
	 * The inventory of a product with its row lock, held until the transaction ends.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Inventory i where i.productId = :productId")
	Optional<Inventory> lock(UUID productId);

	/**
	 * Several inventories with their row locks, always taken in product-id order so that
	 * two transactions never wait for each other in a circle.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Inventory i where i.productId in :productIds order by i.productId")
	List<Inventory> lockAll(Collection<UUID> productIds);

	/**
	 * Like {@link #lockAll} but skips rows another transaction holds.
	 */
	@Query(value = "select * from inventory where product_id in (:productIds) order by product_id for update skip locked",
			nativeQuery = true)
	List<Inventory> lockAllSkippingLocked(Collection<UUID> productIds);

	@Query("select i from Inventory i where i.productId in :productIds and i.deletedAt is null")
	List<Inventory> findStocked(Collection<UUID> productIds);

	@Query(value = "select i from Inventory i where i.deletedAt is null and i.onHand - i.reserved <= i.lowStockThreshold order by i.onHand - i.reserved, i.productId",
			countQuery = "select count(i) from Inventory i where i.deletedAt is null and i.onHand - i.reserved <= i.lowStockThreshold")
	Page<Inventory> findLowStock(Pageable pageable);

}
