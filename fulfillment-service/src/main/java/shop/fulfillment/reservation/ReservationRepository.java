package shop.fulfillment.reservation;

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

public interface ReservationRepository extends JpaRepository<Reservation, UUID> {

	@Query("select r from Reservation r where r.cartId = :cartId and r.productId = :productId")
	Optional<Reservation> findLine(UUID cartId, UUID productId);

	@Query("select r from Reservation r where r.cartId = :cartId order by r.productId")
	List<Reservation> findByCart(UUID cartId);

	/**
	 * A cart's reservations of the given products, locked in product order (callers hold
	 * those products' inventory locks already).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Reservation r where r.cartId = :cartId and r.productId in :productIds order by r.productId")
	List<Reservation> lockLines(UUID cartId, Collection<UUID> productIds);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Reservation r set r.expiresAt = :expiresAt, r.updatedAt = :now where r.cartId = :cartId")
	int renew(UUID cartId, Instant expiresAt, Instant now);

	@Query(value = "select distinct product_id from reservations where expires_at <= :now limit :limit",
			nativeQuery = true)
	List<UUID> productsWithExpired(Instant now, int limit);

	/**
	 * The expired reservations of the given products, skipping rows another transaction
	 * holds.
	 */
	@Query(value = """
			select * from reservations where product_id in (:productIds) and expires_at <= :now
			order by product_id, cart_id for update skip locked""", nativeQuery = true)
	List<Reservation> lockExpired(Collection<UUID> productIds, Instant now);

}
