package shop.rating.rating;

import java.time.Duration;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import shop.common.feign.RemoteCalls;
import shop.common.feign.RemoteProblemException;
import shop.common.web.ProblemTypes;
import shop.common.web.ShopException;
import shop.rating.client.OrdersClient;
import shop.rating.client.OrdersClient.RatingEligibility;

/**
 * Asks orders-service whether a user may rate a product of an order: the order must be
 * theirs, {@code DELIVERED} and contain the product. An unknown order and another user's
 * order get the same answer, so that nobody learns which orders exist. The call is
 * guarded by a circuit breaker: while orders-service keeps failing, ratings are refused
 * at once with 503 instead of each waiting for a timeout (business answers never open
 * it).
 */
@Component
class PurchaseCheck {

	static final String DELIVERED = "DELIVERED";

	private final OrdersClient orders;

	private final CircuitBreaker circuitBreaker;

	PurchaseCheck(OrdersClient orders) {
		this.orders = orders;
		this.circuitBreaker = CircuitBreaker.of("orders-service",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(20)
					.minimumNumberOfCalls(10)
					.failureRateThreshold(50)
					.waitDurationInOpenState(Duration.ofSeconds(10))
					.ignoreExceptions(RemoteProblemException.class)
					.build());
	}

	/**
	 * Returns when the user may rate the product of the order.
	 * @throws ShopException 422 when not, 503 when orders-service cannot tell now
	 */
	void requireRateable(UUID orderId, UUID userId, UUID productId) {
		RatingEligibility eligibility;
		try {
			eligibility = this.circuitBreaker
				.executeSupplier(() -> this.orders.ratingEligibility(orderId, userId, productId));
		}
		catch (RemoteProblemException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND.value()) {
				throw notYours();
			}
			throw unavailable();
		}
		catch (RuntimeException ex) {
			if (RemoteCalls.isTransient(ex)) {
				throw unavailable();
			}
			throw ex;
		}
		if (!eligibility.ownedByUser()) {
			throw notYours();
		}
		if (!DELIVERED.equals(eligibility.status())) {
			throw ShopException.unprocessable("ORDER_NOT_DELIVERED", "Order not delivered",
					"Only a delivered order can be rated; this one is " + eligibility.status());
		}
		if (!eligibility.containsProduct()) {
			throw ShopException.unprocessable("PRODUCT_NOT_IN_ORDER", "Product not in order",
					"The order does not contain product " + productId);
		}
		if (!eligibility.eligible()) {
			throw ShopException.unprocessable("ORDER_NOT_RATEABLE", "Order not rateable", "This order cannot be rated");
		}
	}

	private static ShopException notYours() {
		return ShopException.unprocessable("ORDER_NOT_RATEABLE", "Order not rateable",
				"The order does not exist or is not yours");
	}

	private static ShopException unavailable() {
		return new ShopException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
				"Service unavailable", "Orders cannot be checked right now; try again shortly");
	}

}
