package shop.rating.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SummaryChangeRepository extends JpaRepository<SummaryChange, UUID> {

	/**
	 * The oldest changes due for delivery, locked; rows another instance is delivering
	 * are skipped.
	 */
	@Query(nativeQuery = true, value = """
			select * from summary_outbox
			where next_attempt_at <= :now
			order by changed_at
			limit :limit
			for update skip locked
			""")
	List<SummaryChange> lockDue(@Param("now") Instant now, @Param("limit") int limit);

}
