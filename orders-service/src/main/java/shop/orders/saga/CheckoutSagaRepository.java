package shop.orders.saga;

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
import org.springframework.data.repository.query.Param;

/**
 * Checkout sagas.
 */
interface CheckoutSagaRepository extends JpaRepository<CheckoutSaga, UUID> {

	/**
	 * The saga with its row locked until the transaction ends: every change of a saga
	 * happens under this lock.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from CheckoutSaga s where s.orderId = :orderId")
	Optional<CheckoutSaga> lockById(@Param("orderId") UUID orderId);

	/**
	 * Sagas whose next attempt (or approval deadline) is due and that nobody holds,
	 * locked; rows another instance is claiming at the same moment are skipped, so
	 * several instances never claim the same saga.
	 */
	@Query(nativeQuery = true, value = """
			select order_id from {h-schema}checkout_sagas
			 where next_attempt_at <= :now
			   and (lease_until is null or lease_until < :now)
			 order by next_attempt_at
			 limit :limit
			 for update skip locked""")
	List<UUID> lockDue(@Param("now") Instant now, @Param("limit") int limit);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update CheckoutSaga s set s.leaseOwner = :owner, s.leaseUntil = :until where s.orderId in :orderIds")
	int lease(@Param("orderIds") Collection<UUID> orderIds, @Param("owner") String owner,
			@Param("until") Instant until);

}
