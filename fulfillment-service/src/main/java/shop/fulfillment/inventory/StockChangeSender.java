package shop.fulfillment.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import shop.fulfillment.client.CatalogClient;
import shop.fulfillment.outbox.OutboxSender;

/**
 * Delivers stock changes to catalog's read model ({@code /internal/read-model/stock}),
 * many in one call.
 */
@Component
class StockChangeSender implements OutboxSender {

	private final CatalogClient catalog;

	StockChangeSender(CatalogClient catalog) {
		this.catalog = catalog;
	}

	@Override
	public String topic() {
		return StockChangeNotifier.TOPIC;
	}

	@Override
	public void send(List<Map<String, Object>> payloads) {
		this.catalog.pushStock(new CatalogClient.StockChanges(payloads.stream()
			.map((payload) -> new CatalogClient.StockChange(UUID.fromString((String) payload.get("productId")),
					((Number) payload.get("available")).intValue(), Instant.parse((String) payload.get("changedAt"))))
			.toList()));
	}

}
