package shop.cart;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cart-service, under {@code shop.cart}.
 *
 * @param reservationTtl how long fulfillment holds a cart's stock without cart activity
 * ({@code CART_RESERVATION_TTL}); an open cart idle for longer expires
 * @param maxLines the most lines a cart may hold
 * @param maxQuantity the most units of one product a cart line may hold
 * @param currency the currency prices are locked in
 * @param renewInterval how often cart activity renews the cart's reservations at most
 * @param reconciliation the repair job's settings
 */
@ConfigurationProperties("shop.cart")
public record CartProperties(@DefaultValue("30m") Duration reservationTtl, @DefaultValue("100") int maxLines,
		@DefaultValue("999") int maxQuantity, @DefaultValue("USD") String currency,
		@DefaultValue("1m") Duration renewInterval, @DefaultValue Reconciliation reconciliation) {

	/**
	 * The reconciliation job.
	 *
	 * @param enabled whether it runs on a schedule
	 * @param interval the pause between two runs
	 * @param intentGrace how old a reservation intent must be before it counts as left
	 * behind by a crash (longer than any cart change takes)
	 * @param batchSize how many carts one run repairs or expires at most
	 */
	public record Reconciliation(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval,
			@DefaultValue("2m") Duration intentGrace, @DefaultValue("50") int batchSize) {

	}

}
