package shop.pricing.price;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import shop.pricing.outbox.Outbox;

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
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("productId", change.productId().toString());
		payload.put("amount", Money.format(change.newAmount(), change.currency()));
		payload.put("currency", change.currency());
		payload.put("changedAt", change.changedAt().toString());
		this.outbox.append(TOPIC, payload);
	}

}
