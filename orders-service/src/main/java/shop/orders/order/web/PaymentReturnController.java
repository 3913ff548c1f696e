package shop.orders.order.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Payment return",
		description = "Where PayPal sends the shopper's browser back; public, and they reveal nothing about the order")
class PaymentReturnController {

	@GetMapping("/api/orders/{orderId}/approved")
	@Operation(summary = "Back from PayPal, payment approved",
			description = "PayPal's return URL. Needs no token and reads nothing: it tells the shopper to confirm "
					+ "the order, whether or not it exists.")
	@ApiResponse(responseCode = "200", description = "What to do next: confirm the order")
	PaymentReturnResponse approved(@Parameter(example = OrderExamples.ORDER_ID) @PathVariable UUID orderId) {
		return new PaymentReturnResponse(orderId,
				"Payment approved. Confirm the order to complete it; nothing is charged until you do.",
				new NextStep("POST", "/api/orders/" + orderId + "/confirm"));
	}

	@GetMapping("/api/orders/{orderId}/payment-cancelled")
	@Operation(summary = "Back from PayPal, payment not approved",
			description = "PayPal's cancel URL. Needs no token and reads nothing: it tells the shopper to approve "
					+ "again or cancel the order.")
	@ApiResponse(responseCode = "200", description = "What to do next: approve again, or cancel the order")
	PaymentReturnResponse cancelled(@Parameter(example = OrderExamples.ORDER_ID) @PathVariable UUID orderId) {
		return new PaymentReturnResponse(orderId,
				"Payment not approved. Approve it again at the order's approvalUrl, or cancel the order; an order "
						+ "left unconfirmed is cancelled automatically.",
				new NextStep("POST", "/api/orders/" + orderId + "/cancel"));
	}

	/**
	 * What the shopper's browser is told.
	 */
	record PaymentReturnResponse(@Schema(example = OrderExamples.ORDER_ID) UUID orderId, @Schema(
			example = "Payment approved. Confirm the order to complete it; nothing is charged until you do.") String message,
			NextStep next) {

	}

	/**
	 * The request that completes the shopper's step.
	 */
	record NextStep(@Schema(example = "POST") String method,
			@Schema(example = "/api/orders/" + OrderExamples.ORDER_ID + "/confirm") String href) {

	}

}
