package shop.orders.saga;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Checkout idempotency keys.
 */
interface CheckoutRequestRepository extends JpaRepository<CheckoutRequest, CheckoutRequest.Key> {

	/**
	 * Claims a key for an order; answers 0 when the user already used the key (a
	 * concurrent duplicate waits for the first insert to commit, then sees the conflict).
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into {h-schema}checkout_requests (user_id, idempotency_key, request_hash, order_id, created_at)
			values (:userId, :key, :hash, :orderId, :now)
			on conflict do nothing""")
	int claim(@Param("userId") UUID userId, @Param("key") String key, @Param("hash") String hash,
			@Param("orderId") UUID orderId, @Param("now") Instant now);

	@Modifying
	@Query("delete from CheckoutRequest r where r.createdAt < :cutoff")
	int deleteCreatedBefore(@Param("cutoff") Instant cutoff);

}
