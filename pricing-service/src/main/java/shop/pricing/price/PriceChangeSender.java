package shop.pricing.price;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import shop.pricing.client.CatalogClient;
import shop.pricing.outbox.OutboxSender;

/**
 * Delivers price changes to catalog's read model ({@code /internal/read-model/prices}),
 * many in one call.
 */
@Component
class PriceChangeSender implements OutboxSender {

	private final CatalogClient catalog;

	PriceChangeSender(CatalogClient catalog) {
		this.catalog = catalog;
	}

	@Override
	public String topic() {
		return PriceChangeNotifier.TOPIC;
	}

	@Override
	public void send(List<Map<String, Object>> payloads) {
		this.catalog.pushPrices(new CatalogClient.PriceChanges(payloads.stream()
			.map((payload) -> new CatalogClient.PriceChange(UUID.fromString((String) payload.get("productId")),
					(String) payload.get("amount"), (String) payload.get("currency"),
					Instant.parse((String) payload.get("changedAt"))))
			.toList()));
	}

}
