package shop.rating.outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import shop.common.outbox.Outbox;
import shop.rating.client.CatalogClient.RatingChange;

/**
 * Records a product's new summary for catalog in the outbox, in the transaction of the
 * rating that changed it; {@link SummaryFeed} delivers it.
 */
@Component
public class SummaryChanges {

	static final String TOPIC = "catalog.ratings";

	private final Outbox outbox;

	SummaryChanges(Outbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * Appends a summary change; must run in the transaction of the change.
	 */
	public void changed(UUID productId, BigDecimal average, long count, Instant changedAt) {
		this.outbox.append(TOPIC, new RatingChange(productId, average, count, changedAt));
	}

}
