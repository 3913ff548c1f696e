package shop.orders.order.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.jwt.CurrentUser;
import shop.common.web.PageQuery;
import shop.orders.order.OrderService;
import shop.orders.saga.CheckoutService;
import shop.orders.saga.OrderOutcome;
import shop.orders.saga.PlacedOrder;

/**
 * A shopper's orders: checkout, confirmation, cancellation, history. Another user's order
 * answers 404.
 */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders",
		description = "Checkout, payment confirmation, cancellation and order history; only the caller's own orders")
class OrderController {

	private static final String NOT_FOUND = "`NOT_FOUND`: no such order, or another user's";

	private final CheckoutService checkout;

	private final OrderService orders;

	OrderController(CheckoutService checkout, OrderService orders) {
		this.checkout = checkout;
		this.orders = orders;
	}

	/**
	 * 201 with the order waiting for payment approval; 200 with the same order for a
	 * repeat under the same {@code Idempotency-Key}.
	 */
	@PostMapping
	@Operation(summary = "Check out the cart",
			description = "Locks the caller's cart, checks its prices, prices the delivery mode and creates the "
					+ "PayPal payment: the order answers PAYMENT_PENDING with the approvalUrl where the shopper "
					+ "approves the payment; then POST /api/orders/{orderId}/confirm. Nothing is charged before "
					+ "that. Safe to repeat: the same Idempotency-Key and body answer the same order (200), never a "
					+ "second one. An order not confirmed within the approval timeout (30 minutes) is cancelled.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "Where to ship (a saved address or one given here, exactly one of them), how, and "
							+ "whether changed prices are accepted",
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = CreateOrderRequest.class),
							examples = {
									@ExampleObject(name = "to a saved address",
											value = OrderExamples.CHECKOUT_TO_SAVED_ADDRESS),
									@ExampleObject(name = "to an address given with the order",
											value = OrderExamples.CHECKOUT_TO_NEW_ADDRESS) })))
	@ApiResponse(responseCode = "201", description = "The order, waiting for the shopper to approve the payment",
			headers = @Header(name = "Location", description = "The order's URL",
					schema = @Schema(type = "string", example = "/api/orders/" + OrderExamples.ORDER_ID)))
	@ApiResponse(responseCode = "200", description = "The same order, for a repeat with the same key and body")
	@ApiResponse(responseCode = "400",
			description = "`VALIDATION_FAILED`: a field is wrong, the Idempotency-Key is missing, or not exactly one "
					+ "of shippingAddressId and shippingAddress is given (an errors list says which); "
					+ "`UNKNOWN_DELIVERY_MODE`: the delivery mode is not offered for this order (availableModes "
					+ "lists those that are); nothing was charged and the cart is open again")
	@ApiResponse(responseCode = "404",
			description = "`NOT_FOUND`: shippingAddressId is not one of the caller's addresses")
	@ApiResponse(responseCode = "409",
			description = "`PRICE_CHANGED`: prices changed since the items were added and acceptPriceChanges is not "
					+ "true; the changes list old and new prices, nothing was charged and the cart is open again; "
					+ "`CART_LOCKED`: another checkout holds the cart")
	@ApiResponse(responseCode = "422",
			description = "`IDEMPOTENCY_KEY_REUSED`: the key was used for another checkout request; "
					+ "`CART_EMPTY`: there is nothing to order; `NO_SHIPPING_OPTION`: nothing ships to the address")
	@ApiResponse(responseCode = "503",
			description = "`CHECKOUT_DELAYED`: a service the checkout needs is not answering; the checkout goes on "
					+ "in the background (orderId says which order): repeat the request with the same key after "
					+ "Retry-After; `SERVICE_UNAVAILABLE`: a service stayed unreachable, nothing was ordered (a "
					+ "checkout already begun is undone)",
			headers = @Header(name = "Retry-After", description = "Seconds to wait before repeating the request",
					schema = @Schema(type = "integer", example = "2")))
	ResponseEntity<OrderResponse> place(@CurrentUser UUID userId,
			@Parameter(required = true,
					description = "A string the client chooses per checkout (1 to 255 printable ASCII characters) and "
							+ "sends again when it repeats the request",
					example = "checkout-7f3c2a9e-2026-03-14") @RequestHeader(name = "Idempotency-Key",
							required = false) String idempotencyKey,
			@Valid @RequestBody CreateOrderRequest request) {
		PlacedOrder placed = this.checkout.placeOrder(request.toCommand(userId, idempotencyKey));
		OrderResponse body = OrderResponse.of(placed.order());
		if (placed.created()) {
			return ResponseEntity.created(URI.create("/api/orders/" + body.orderId())).body(body);
		}
		return ResponseEntity.ok(body);
	}

	@GetMapping
	@Operation(summary = "The caller's orders",
			description = "Grouped by delivery date, latest first. Orders whose checkout failed before the payment "
					+ "was created are not listed.")
	@ApiResponse(responseCode = "200", description = "One page of orders, grouped by delivery date")
	OrderHistoryResponse history(@CurrentUser UUID userId,
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Orders per page, 20 by default; above 100 counts as 100",
					example = "20") @RequestParam(required = false) Integer size) {
		return OrderHistoryResponse.of(this.orders.history(userId, PageQuery.of(page, size)));
	}

	@GetMapping("/{orderId}")
	@Operation(summary = "One of the caller's orders", description = "With its status history.")
	@ApiResponse(responseCode = "200", description = "The order")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	OrderResponse order(@CurrentUser UUID userId,
			@Parameter(example = OrderExamples.ORDER_ID) @PathVariable UUID orderId) {
		return OrderResponse.of(this.orders.order(userId, orderId));
	}

	/**
	 * 200 once confirmed; 202 when the saga finishes it in the background (a service it
	 * needs is unreachable for now).
	 */
	@PostMapping("/{orderId}/confirm")
	@Operation(summary = "Confirm an approved order",
			description = "Captures the approved payment and takes the stock: the order becomes CONFIRMED. Safe to "
					+ "repeat, also concurrently: the payment is captured once, and a confirmed, shipped or "
					+ "delivered order answers as it is. A failed checkout answers the problem it failed with.")
	@ApiResponse(responseCode = "200", description = "The order, CONFIRMED")
	@ApiResponse(responseCode = "202",
			description = "The order, still being confirmed: a service it needs is not answering and the rest "
					+ "happens in the background; GET the order (or watch the WebSocket) for the outcome")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409",
			description = "`PAYMENT_NOT_APPROVED`: the payment is not approved yet, nothing changed: approve it at "
					+ "the approvalUrl and confirm again; `APPROVAL_EXPIRED`: the approval came too late and the "
					+ "order was cancelled; `OUT_OF_STOCK`: the stock ran out, the payment was refunded; "
					+ "`CHECKOUT_NOT_READY`: the order has no payment yet; `ORDER_CANCELLED`: the order was cancelled "
					+ "meanwhile; `ILLEGAL_ORDER_TRANSITION`: the order is cancelled or failed")
	@ApiResponse(responseCode = "422",
			description = "`PAYMENT_DECLINED`: PayPal declined the capture; the order failed and the cart is open "
					+ "again")
	ResponseEntity<OrderResponse> confirm(@CurrentUser UUID userId,
			@Parameter(example = OrderExamples.ORDER_ID) @PathVariable UUID orderId) {
		return answer(this.checkout.confirm(userId, orderId));
	}

	/**
	 * 200 once cancelled or refunded; 202 while the compensation finishes in the
	 * background.
	 */
	@PostMapping("/{orderId}/cancel")
	@Operation(summary = "Cancel an order",
			description = "Before the payment is captured the order ends CANCELLED (payment voided, stock released, "
					+ "cart open again); after it and before shipping REFUNDED (stock restored, payment refunded). "
					+ "Safe to repeat: an order that already ended answers as it is.")
	@ApiResponse(responseCode = "200", description = "The order, CANCELLED or REFUNDED")
	@ApiResponse(responseCode = "202",
			description = "The order, being cancelled: a service the cancellation needs is not answering and the "
					+ "rest happens in the background")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409",
			description = "`ORDER_ALREADY_SHIPPED`: a shipped or delivered order cannot be cancelled; `ORDER_BUSY`: "
					+ "a step of the checkout is running, repeat after Retry-After",
			headers = @Header(name = "Retry-After", description = "With ORDER_BUSY: seconds to wait",
					schema = @Schema(type = "integer", example = "1")))
	ResponseEntity<OrderResponse> cancel(@CurrentUser UUID userId,
			@Parameter(example = OrderExamples.ORDER_ID) @PathVariable UUID orderId) {
		return answer(this.checkout.cancel(userId, orderId));
	}

	private static ResponseEntity<OrderResponse> answer(OrderOutcome outcome) {
		return ResponseEntity.status(outcome.finished() ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.body(OrderResponse.of(outcome.order()));
	}

}
