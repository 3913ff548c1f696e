package shop.rating.client;

import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * orders-service's internal API, as rating-service uses it.
 */
@FeignClient(name = "orders-service", url = "${shop.services.orders-service}",
		configuration = IdempotentCallConfiguration.class)
public interface OrdersClient {

	/**
	 * Whether the order is the user's, delivered and contains the product; 404 (as a
	 * {@code RemoteProblemException}) for an unknown order.
	 */
	@GetMapping("/internal/orders/{orderId}/rating-eligibility")
	RatingEligibility ratingEligibility(@PathVariable("orderId") UUID orderId, @RequestParam("userId") UUID userId,
			@RequestParam("productId") UUID productId);

	/**
	 * orders-service's answer.
	 *
	 * @param orderId the order
	 * @param ownedByUser whether the order is the user's
	 * @param status the order's status
	 * @param containsProduct whether the order contains the product
	 * @param eligible whether all of the above allow a rating
	 */
	record RatingEligibility(UUID orderId, boolean ownedByUser, String status, boolean containsProduct,
			boolean eligible) {

	}

}
