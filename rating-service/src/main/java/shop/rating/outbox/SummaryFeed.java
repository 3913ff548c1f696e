package shop.rating.outbox;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import shop.common.outbox.OutboxSender;
import shop.rating.client.CatalogClient;
import shop.rating.client.CatalogClient.RatingChange;
import shop.rating.client.CatalogClient.RatingChanges;

/**
 * Delivers summary changes to catalog's {@code POST /internal/read-model/ratings}. Of
 * several changes of one product in a batch only the newest is sent (catalog keeps the
 * newest anyway).
 */
@Component
class SummaryFeed implements OutboxSender<RatingChange> {

	private final CatalogClient catalog;

	SummaryFeed(CatalogClient catalog) {
		this.catalog = catalog;
	}

	@Override
	public String topic() {
		return SummaryChanges.TOPIC;
	}

	@Override
	public Class<RatingChange> payloadType() {
		return RatingChange.class;
	}

	@Override
	public void send(List<RatingChange> changes) {
		Map<UUID, RatingChange> newest = new LinkedHashMap<>();
		changes.stream()
			.sorted(Comparator.comparing(RatingChange::changedAt))
			.forEach((change) -> newest.put(change.productId(), change));
		this.catalog.updateRatings(new RatingChanges(List.copyOf(newest.values())));
	}

}
