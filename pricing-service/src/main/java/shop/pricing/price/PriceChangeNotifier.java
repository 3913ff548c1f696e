package shop.pricing.price;

import org.springframework.stereotype.Component;

import shop.common.outbox.Outbox;
import shop.pricing.client.CatalogClient;

/**
 * Tells catalog-service about every price change, through the outbox: the message is
 * written in the transaction of the change and delivered by {@link PriceChangeSender}.
 */
@Component
class PriceChangeNotifier {

	static final String TOPIC = "catalog.prices";

	private final Outbox outbox;

	PriceChangeNotifier(Outbox outbox) {
		this.outbox = outbox;
	}

	void notify(PriceChanged change) {
		this.outbox.append(TOPIC, new CatalogClient.PriceChange(change.productId(),
				Money.format(change.newAmount(), change.currency()), change.currency(), change.changedAt()));
	}

}
