package shop.orders;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of orders-service, under {@code shop.orders}.
 *
 * @param approvalTimeout how long a payment may wait for the shopper's approval before
 * the order is cancelled ({@code CHECKOUT_APPROVAL_TIMEOUT})
 * @param idempotencyKeyRetention how long a checkout's {@code Idempotency-Key} is kept
 * @param publicUrl where shoppers reach the gateway ({@code SHOP_PUBLIC_URL}); PayPal
 * sends the buyer back to the order's return URL under it
 * @param currency the currency of an order before its cart is known
 * @param saga how the checkout saga retries and leases its steps
 * @param recovery the recovery worker
 * @param events the outbox relay of status events to realtime-service
 * @param remote circuit breakers of the calls to other services
 */
@ConfigurationProperties("shop.orders")
public record OrdersProperties(@DefaultValue("30m") Duration approvalTimeout,
		@DefaultValue("24h") Duration idempotencyKeyRetention, @DefaultValue("http://localhost:8080") URI publicUrl,
		@DefaultValue("USD") String currency, @DefaultValue Saga saga, @DefaultValue Recovery recovery,
		@DefaultValue Events events, @DefaultValue Remote remote) {

	/**
	 * The saga's retries and leases.
	 *
	 * @param initialBackoff the delay before the second attempt of a step; each further
	 * attempt doubles it, with jitter
	 * @param maxBackoff the longest delay between two attempts
	 * @param maxForwardAttempts attempts of a step before the commit point after which
	 * the saga gives up and compensates
	 * @param lease how long an executor owns a saga while it runs a step; longer than any
	 * remote call can take
	 * @param requestWait how long a shopper's request waits for the saga (retries, a
	 * concurrent step) before it answers with the state reached
	 */
	public record Saga(@DefaultValue("500ms") Duration initialBackoff, @DefaultValue("5m") Duration maxBackoff,
			@DefaultValue("10") int maxForwardAttempts, @DefaultValue("60s") Duration lease,
			@DefaultValue("10s") Duration requestWait) {

	}

	/**
	 * The recovery worker that drives due sagas forward or back.
	 *
	 * @param interval the pause between two runs
	 * @param batchSize sagas claimed per run
	 */
	public record Recovery(@DefaultValue("5s") Duration interval, @DefaultValue("50") int batchSize) {

	}

	/**
	 * The outbox relay of order status events.
	 *
	 * @param interval the pause between two runs
	 * @param batchSize events sent per run
	 * @param maxAttempts attempts before an event is given up (best effort)
	 * @param initialBackoff the delay before an event's second attempt, doubled after
	 * each further failure
	 * @param maxBackoff the longest delay between two attempts
	 */
	public record Events(@DefaultValue("1s") Duration interval, @DefaultValue("100") int batchSize,
			@DefaultValue("20") int maxAttempts, @DefaultValue("1s") Duration initialBackoff,
			@DefaultValue("5m") Duration maxBackoff) {

	}

	/**
	 * Circuit breakers around every call to another service (one breaker per service).
	 *
	 * @param failureRateThreshold the failure percentage that opens a breaker
	 * @param minimumCalls calls a breaker sees before it may open
	 * @param openStateWait how long an open breaker refuses calls before it lets a few
	 * through
	 */
	public record Remote(@DefaultValue("50") float failureRateThreshold, @DefaultValue("10") int minimumCalls,
			@DefaultValue("10s") Duration openStateWait) {

	}

}
