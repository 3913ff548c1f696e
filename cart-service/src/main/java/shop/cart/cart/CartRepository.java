package shop.cart.cart;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CartRepository extends JpaRepository<Cart, UUID> {

	@Query("""
			select c from Cart c
			where c.userId = :userId and c.deletedAt is null
			  and c.status in (shop.cart.cart.CartStatus.OPEN, shop.cart.cart.CartStatus.LOCKED)
			""")
	Optional<Cart> findActive(@Param("userId") UUID userId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select c from Cart c
			where c.userId = :userId and c.deletedAt is null
			  and c.status in (shop.cart.cart.CartStatus.OPEN, shop.cart.cart.CartStatus.LOCKED)
			""")
	Optional<Cart> lockActive(@Param("userId") UUID userId);

	/**
	 * The cart, row-locked until the transaction ends: changes to one cart run one after
	 * the other, so that its reservations are set in the order its lines change.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Cart c where c.id = :id and c.deletedAt is null")
	Optional<Cart> lock(@Param("id") UUID id);

	/**
	 * The cart when no other transaction holds its row lock; empty otherwise, so that a
	 * background job never waits for a shopper's request.
	 */
	@Query(value = "select * from {h-schema}carts where id = :id for update skip locked", nativeQuery = true)
	Optional<Cart> lockUnlessBusy(@Param("id") UUID id);

	@Query("select c from Cart c where c.lockedBy = :orderId and c.deletedAt is null")
	Optional<Cart> findByLockedBy(@Param("orderId") UUID orderId);

	/**
	 * Open carts with items whose reservations ran out, oldest first.
	 */
	@Query(value = """
			select c.id from {h-schema}carts c
			where c.status = 'OPEN' and c.deleted_at is null and c.expires_at <= :now
			  and exists (select 1 from {h-schema}cart_items i where i.cart_id = c.id)
			order by c.expires_at
			limit :limit
			""", nativeQuery = true)
	List<UUID> findExpired(@Param("now") Instant now, @Param("limit") int limit);

}
