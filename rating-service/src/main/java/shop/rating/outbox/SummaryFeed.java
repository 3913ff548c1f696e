package shop.rating.outbox;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import shop.rating.RatingProperties;
import shop.rating.client.CatalogClient;
import shop.rating.client.CatalogClient.RatingChange;
import shop.rating.client.CatalogClient.RatingChanges;

/**
 * Delivers the outbox to catalog's {@code POST /internal/read-model/ratings}. Of several
 * changes of one product in a batch only the newest is sent (catalog keeps the newest
 * anyway); a delivered batch is deleted, a failed one retried with backoff. The rows stay
 * locked while they are sent, so two instances never send the same change.
 */
@Service
public class SummaryFeed {

	private static final Logger log = LoggerFactory.getLogger(SummaryFeed.class);

	private final SummaryChangeRepository changes;

	private final CatalogClient catalog;

	private final RatingProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	public SummaryFeed(SummaryChangeRepository changes, CatalogClient catalog, RatingProperties properties, Clock clock,
			TransactionTemplate transactions) {
		this.changes = changes;
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${shop.rating.feed.interval:2s}",
			initialDelayString = "${shop.rating.feed.interval:2s}")
	void deliverDue() {
		int batchSize = this.properties.feed().batchSize();
		int delivered;
		do {
			delivered = deliverBatch();
		}
		while (delivered == batchSize);
	}

	/**
	 * Sends one batch of due changes in one transaction (the rows stay locked until it
	 * ends).
	 * @return how many changes were handled (delivered or rescheduled)
	 */
	public int deliverBatch() {
		Integer handled = this.transactions.execute((status) -> deliverLocked());
		return (handled != null) ? handled : 0;
	}

	private int deliverLocked() {
		List<SummaryChange> due = this.changes.lockDue(this.clock.instant(), this.properties.feed().batchSize());
		if (due.isEmpty()) {
			return 0;
		}
		Map<UUID, SummaryChange> newest = new LinkedHashMap<>();
		due.stream()
			.sorted(Comparator.comparing(SummaryChange::changedAt))
			.forEach((change) -> newest.put(change.productId(), change));
		try {
			this.catalog.updateRatings(new RatingChanges(newest.values()
				.stream()
				.map((change) -> new RatingChange(change.productId(), change.average(), change.count(),
						change.changedAt()))
				.toList()));
			this.changes.deleteAllInBatch(due);
		}
		catch (RuntimeException ex) {
			log.warn("Could not feed {} rating summaries to catalog, will retry: {}", newest.size(), ex.getMessage());
			due.forEach((change) -> change.failed(ex.getMessage(), this.clock.instant(),
					this.properties.feed().maxBackoff()));
		}
		return due.size();
	}

}
