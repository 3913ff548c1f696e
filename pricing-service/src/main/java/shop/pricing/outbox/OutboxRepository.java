package shop.pricing.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxMessage, UUID> {

	/**
	 * Locks the oldest messages due for an attempt, skipping those another relay holds.
	 */
	@Query(value = "select * from outbox where next_attempt_at <= :now order by created_at limit :limit for update skip locked",
			nativeQuery = true)
	List<OutboxMessage> lockDue(Instant now, int limit);

}
