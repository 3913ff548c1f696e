package shop.fulfillment.commit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StockCommitRepository extends JpaRepository<StockCommit, UUID> {

	/**
	 * Claims an order id: inserts its commit unless one exists. A second transaction
	 * claiming the same id waits here until the first ends, then sees its commit (or,
	 * when the first rolled back, claims the id itself).
	 * @return 1 when this call claimed the id
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			insert into stock_commits (order_id, cart_id, status, committed_at, version)
			values (:orderId, :cartId, 'COMMITTED', :now, 0)
			on conflict do nothing""", nativeQuery = true)
	int claim(UUID orderId, UUID cartId, Instant now);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from StockCommit c where c.orderId = :orderId")
	Optional<StockCommit> lock(UUID orderId);

}
