package shop.orders.saga;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shop.orders.OrdersProperties;

/**
 * Forgets checkout idempotency keys older than
 * {@code shop.orders.idempotency-key-retention} (24 hours by default); the orders
 * themselves stay.
 */
@Component
public class IdempotencyKeyCleaner {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyCleaner.class);

	private final CheckoutRequestRepository requests;

	private final Clock clock;

	private final Duration retention;

	IdempotencyKeyCleaner(CheckoutRequestRepository requests, Clock clock, OrdersProperties properties) {
		this.requests = requests;
		this.clock = clock;
		this.retention = properties.idempotencyKeyRetention();
	}

	@Transactional
	public int removeExpired() {
		int removed = this.requests.deleteCreatedBefore(this.clock.instant().minus(this.retention));
		if (removed > 0) {
			log.info("Removed {} checkout idempotency key(s) older than {}", removed, this.retention);
		}
		return removed;
	}

}
