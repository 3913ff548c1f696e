package shop.orders.order;

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

	/**
	 * The next orders (by id, after {@code after}) whose stored snapshot holds personal
	 * data in plain text or under a key other than the active one (whose values begin
	 * with {@code activePrefix}), locked; rows another transaction holds are skipped.
	 */
	@Query(nativeQuery = true, value = """
			select id, cast(snapshot as text) as snapshot from {h-schema}orders
			 where id > :after
			   and (jsonb_typeof(snapshot -> 'customer') = 'object'
			     or jsonb_typeof(snapshot -> 'address') = 'object'
			     or (jsonb_typeof(snapshot -> 'customer') = 'string'
			         and left(snapshot ->> 'customer', :prefixLength) <> :activePrefix)
			     or (jsonb_typeof(snapshot -> 'address') = 'string'
			         and left(snapshot ->> 'address', :prefixLength) <> :activePrefix))
			 order by id
			 limit :limit
			 for update skip locked""")
	List<StoredSnapshot> lockUnsealedSnapshots(@Param("after") UUID after, @Param("activePrefix") String activePrefix,
			@Param("prefixLength") int prefixLength, @Param("limit") int limit);

	@Modifying
	@Query(nativeQuery = true, value = "update {h-schema}orders set snapshot = cast(:snapshot as jsonb) where id = :id")
	int storeSnapshot(@Param("id") UUID id, @Param("snapshot") String snapshot);

	/**
	 * An order's snapshot as stored.
	 */
	interface StoredSnapshot {

		UUID getId();

		String getSnapshot();

	}

}
