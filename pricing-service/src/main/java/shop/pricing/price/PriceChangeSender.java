package shop.pricing.price;

import java.util.List;

import org.springframework.stereotype.Component;

import shop.common.outbox.OutboxSender;
import shop.pricing.client.CatalogClient;

/**
 * Delivers price changes to catalog's read model ({@code /internal/read-model/prices}),
 * many in one call.
 */
@Component
class PriceChangeSender implements OutboxSender<CatalogClient.PriceChange> {

	private final CatalogClient catalog;

	PriceChangeSender(CatalogClient catalog) {
		this.catalog = catalog;
	}

	@Override
	public String topic() {
		return PriceChangeNotifier.TOPIC;
	}

	@Override
	public Class<CatalogClient.PriceChange> payloadType() {
		return CatalogClient.PriceChange.class;
	}

	@Override
	public void send(List<CatalogClient.PriceChange> changes) {
		this.catalog.pushPrices(new CatalogClient.PriceChanges(changes));
	}

}
