package shop.common.outbox;

import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The transactional outbox of a service, under {@code shop.outbox}.
 *
 * @param enabled whether the outbox runs at all in a service that has senders
 * @param table the service's outbox table (in the connection's schema)
 * @param deliverAfterCommit whether messages are sent on the committing thread right
 * after their transaction commits, so that the receiver has them before the caller is
 * answered; otherwise only the relay sends them
 * @param relayInterval pause between two runs of the relay
 * ({@code SHOP_OUTBOX_RELAY_INTERVAL})
 * @param retryBackoff wait before the first retry of a failed delivery, doubled on each
 * further failure
 * @param maxBackoff the longest wait between two retries
 * @param batchSize messages the relay locks and sends at once (receivers take up to
 * 1,000)
 */
@ConfigurationProperties("shop.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("outbox") String table,
		@DefaultValue("true") boolean deliverAfterCommit, @DefaultValue("5s") Duration relayInterval,
		@DefaultValue("1s") Duration retryBackoff, @DefaultValue("5m") Duration maxBackoff,
		@DefaultValue("200") int batchSize) {

	private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

	public OutboxProperties {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException(
					"shop.outbox.table must be a plain SQL name such as outbox, not " + table);
		}
		if (batchSize < 1 || batchSize > 1000) {
			throw new IllegalArgumentException("shop.outbox.batch-size must be between 1 and 1000");
		}
		if (retryBackoff.isNegative() || retryBackoff.isZero() || maxBackoff.compareTo(retryBackoff) < 0) {
			throw new IllegalArgumentException(
					"shop.outbox.retry-backoff must be positive and shop.outbox.max-backoff at least as long");
		}
	}

}
