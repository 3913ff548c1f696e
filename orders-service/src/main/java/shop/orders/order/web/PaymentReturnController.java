package shop.orders.order.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where PayPal sends the buyer back: {@code GET /api/orders/{orderId}/approved} after
 * approving, {@code GET /api/orders/{orderId}/payment-cancelled} after backing out. Both
 * are public (the browser arrives without the API's token) and so reveal nothing: they
 * read no order and only tell the shopper what to do next with their own, authenticated
 * request.
 */
@RestController
class PaymentReturnController {

	@GetMapping("/api/orders/{orderId}/approved")
	PaymentReturnResponse approved(@PathVariable UUID orderId) {
		return new PaymentReturnResponse(orderId,
				"Payment approved. Confirm the order to complete it; nothing is charged until you do.",
				new NextStep("POST", "/api/orders/" + orderId + "/confirm"));
	}

	@GetMapping("/api/orders/{orderId}/payment-cancelled")
	PaymentReturnResponse cancelled(@PathVariable UUID orderId) {
		return new PaymentReturnResponse(orderId,
				"Payment not approved. Approve it again at the order's approvalUrl, or cancel the order; an order "
						+ "left unconfirmed is cancelled automatically.",
				new NextStep("POST", "/api/orders/" + orderId + "/cancel"));
	}

	record PaymentReturnResponse(UUID orderId, String message, NextStep next) {

	}

	record NextStep(String method, String href) {

	}

}
