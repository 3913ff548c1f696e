package shop.cart.cart;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import shop.cart.CartProperties;
import shop.cart.client.FulfillmentClient;
import shop.common.feign.RemoteCalls;
import shop.common.feign.RemoteProblemException;

/**
 * The cart's stock reservations in fulfillment-service. Every reservation is set to an
 * exact quantity, so repeating a call (a retry, a repair) never reserves twice.
 */
@Component
class StockReservations {

	private static final Logger log = LoggerFactory.getLogger(StockReservations.class);

	private final FulfillmentClient fulfillment;

	private final long ttlSeconds;

	StockReservations(FulfillmentClient fulfillment, CartProperties properties) {
		this.fulfillment = fulfillment;
		this.ttlSeconds = properties.reservationTtl().toSeconds();
	}

	/**
	 * Reserves exactly {@code quantity} units of a product for a cart ({@code 0} releases
	 * them).
	 * @throws shop.common.web.ShopException 409 {@code OUT_OF_STOCK} with the available
	 * quantity, 503 when fulfillment cannot be reached
	 */
	void set(UUID cartId, UUID productId, int quantity) {
		try {
			this.fulfillment.reserve(cartId, productId,
					new FulfillmentClient.ReserveRequest(quantity, this.ttlSeconds));
		}
		catch (RuntimeException ex) {
			RemoteProblemException problem = RemoteCalls.problem(ex).orElse(null);
			if (problem != null && "OUT_OF_STOCK".equals(problem.code())) {
				throw CartProblems.outOfStock(productId, available(problem));
			}
			if (problem != null && "PRODUCT_NOT_STOCKED".equals(problem.code())) {
				throw CartProblems.outOfStock(productId, 0);
			}
			throw translate(ex);
		}
	}

	/**
	 * Releases every reservation of a cart.
	 */
	void releaseAll(UUID cartId) {
		try {
			this.fulfillment.releaseAll(cartId);
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	/**
	 * Extends the cart's reservations by the reservation TTL.
	 * @return whether fulfillment confirmed it
	 */
	boolean renew(UUID cartId) {
		try {
			this.fulfillment.renew(cartId, new FulfillmentClient.RenewRequest(this.ttlSeconds));
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the reservations of cart {}: {}", cartId, ex.toString());
			return false;
		}
	}

	private static RuntimeException translate(RuntimeException ex) {
		if (RemoteCalls.isTransient(ex)) {
			log.warn("fulfillment-service could not be reached: {}", ex.toString());
			return CartProblems.unavailable("fulfillment-service");
		}
		return ex;
	}

	private static int available(RemoteProblemException problem) {
		Object available = problem.problem().get("available");
		return (available instanceof Number number) ? Math.max(number.intValue(), 0) : 0;
	}

}
