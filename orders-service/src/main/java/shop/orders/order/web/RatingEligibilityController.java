package shop.orders.order.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.orders.order.OrderService;
import shop.orders.order.RatingEligibility;

/**
 * The internal API of orders-service (docs/internal-api.md): whether a user may rate a
 * product of an order.
 */
@RestController
class RatingEligibilityController {

	private final OrderService orders;

	RatingEligibilityController(OrderService orders) {
		this.orders = orders;
	}

	/**
	 * 200 {@code {orderId, ownedByUser, status, containsProduct, eligible}}; 404 for an
	 * unknown order.
	 */
	@GetMapping("/internal/orders/{orderId}/rating-eligibility")
	@InternalApi(callers = "rating-service")
	RatingEligibilityResponse eligibility(@PathVariable UUID orderId, @RequestParam UUID userId,
			@RequestParam UUID productId) {
		RatingEligibility eligibility = this.orders.ratingEligibility(orderId, userId, productId);
		return new RatingEligibilityResponse(eligibility.orderId(), eligibility.ownedByUser(),
				eligibility.status().name(), eligibility.containsProduct(), eligibility.eligible());
	}

	record RatingEligibilityResponse(UUID orderId, boolean ownedByUser, String status, boolean containsProduct,
			boolean eligible) {

	}

}
