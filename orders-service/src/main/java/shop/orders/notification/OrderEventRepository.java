package shop.orders.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The outbox of order status events.
 */
interface OrderEventRepository extends JpaRepository<OrderEvent, Long> {

	/**
	 * Due events that are the oldest unsent event of their order (so each order's events
	 * go out in order), locked; rows another instance is claiming are skipped.
	 */
	@Query(nativeQuery = true, value = """
			select e.seq from {h-schema}order_events e
			 where e.published_at is null and e.abandoned_at is null
			   and e.next_attempt_at <= :now
			   and (e.lease_until is null or e.lease_until < :now)
			   and not exists (select 1 from {h-schema}order_events p
			                    where p.order_id = e.order_id and p.seq < e.seq
			                      and p.published_at is null and p.abandoned_at is null)
			 order by e.seq
			 limit :limit
			 for update skip locked""")
	List<Long> lockDue(@Param("now") Instant now, @Param("limit") int limit);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OrderEvent e set e.leaseUntil = :until where e.seq in :seqs")
	int lease(@Param("seqs") Collection<Long> seqs, @Param("until") Instant until);

	List<OrderEvent> findBySeqInOrderBySeq(Collection<Long> seqs);

}
