package shop.orders.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * fulfillment-service: stock commits and restorations for orders, release of a cart's
 * reservations, and shipping quotes.
 */
@FeignClient(name = "fulfillment-service", url = "${shop.services.fulfillment-service}")
public interface FulfillmentClient {

	/**
	 * Turns the cart's reservations into a stock reduction for the order; idempotent by
	 * order; 409 {@code OUT_OF_STOCK} with nothing changed.
	 */
	@PostMapping("/internal/stock/commits")
	StockCommit commit(@RequestHeader(Headers.IDEMPOTENCY_KEY) String idempotencyKey, @RequestBody CommitStock request);

	/**
	 * Puts an order's committed stock back on hand; 404 when nothing was committed.
	 */
	@PostMapping("/internal/stock/restorations")
	StockCommit restore(@RequestHeader(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
			@RequestBody RestoreStock request);

	/**
	 * Releases every reservation of the cart.
	 */
	@DeleteMapping("/internal/reservations/{cartId}")
	void releaseReservations(@RequestHeader(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
			@PathVariable("cartId") UUID cartId);

	/**
	 * The delivery options for the lines to an address; 422 {@code NO_SHIPPING_OPTION}.
	 */
	@PostMapping("/internal/shipping/quotes")
	ShippingQuote quote(@RequestBody QuoteRequest request);

	record Line(UUID productId, int quantity) {

	}

	record CommitStock(UUID orderId, UUID cartId, List<Line> lines) {

	}

	record RestoreStock(UUID orderId) {

	}

	record StockCommit(UUID orderId, String status) {

	}

	record QuoteRequest(String country, String postalCode, List<Line> lines, Money orderValue) {

	}

	record ShippingQuote(List<ShippingOption> options) {

		public ShippingQuote {
			options = (options != null) ? List.copyOf(options) : List.of();
		}

	}

	record ShippingOption(String mode, String carrier, Money cost, LocalDate deliveryDate, int businessDays) {

	}

}
