package shop.orders.order;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Orders.
 */
public interface OrderRepository extends JpaRepository<Order, UUID> {

	Optional<Order> findByIdAndUserId(UUID id, UUID userId);

	/**
	 * The order with its row locked until the transaction ends: every change of an
	 * order's status that does not come from its saga goes through this lock.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from ShopOrder o where o.id = :id")
	Optional<Order> lockById(@Param("id") UUID id);

	/**
	 * A shopper's orders that reached payment (checkout attempts that failed before are
	 * not orders the shopper placed).
	 */
	Page<Order> findByUserIdAndPlacedAtIsNotNull(UUID userId, Pageable pageable);

	Page<Order> findByStatus(OrderStatus status, Pageable pageable);

}
