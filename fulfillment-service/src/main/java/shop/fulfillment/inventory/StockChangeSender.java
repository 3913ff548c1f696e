package shop.fulfillment.inventory;

import java.util.List;

import org.springframework.stereotype.Component;

import shop.common.outbox.OutboxSender;
import shop.fulfillment.client.CatalogClient;

/**
 * Delivers stock changes to catalog's read model ({@code /internal/read-model/stock}),
 * many in one call.
 */
@Component
class StockChangeSender implements OutboxSender<CatalogClient.StockChange> {

	private final CatalogClient catalog;

	StockChangeSender(CatalogClient catalog) {
		this.catalog = catalog;
	}

	@Override
	public String topic() {
		return StockChangeNotifier.TOPIC;
	}

	@Override
	public Class<CatalogClient.StockChange> payloadType() {
		return CatalogClient.StockChange.class;
	}

	@Override
	public void send(List<CatalogClient.StockChange> changes) {
		this.catalog.pushStock(new CatalogClient.StockChanges(changes));
	}

}
