package shop.cart.cart;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReservationIntentRepository extends JpaRepository<ReservationIntent, UUID> {

	@Query(value = "select id from {h-schema}reservation_intents where created_at <= :before order by created_at limit :limit",
			nativeQuery = true)
	List<UUID> findOlderThan(@Param("before") Instant before, @Param("limit") int limit);

	@Query(value = "select * from {h-schema}reservation_intents where id = :id for update skip locked",
			nativeQuery = true)
	Optional<ReservationIntent> lockUnlessBusy(@Param("id") UUID id);

	@Modifying
	@Query(value = "delete from {h-schema}reservation_intents where cart_id = :cartId and product_id is null",
			nativeQuery = true)
	int deleteWholeCart(@Param("cartId") UUID cartId);

}
