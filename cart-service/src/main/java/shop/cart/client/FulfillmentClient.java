package shop.cart.client;

import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * fulfillment-service's stock lookup and cart reservations. Every call here is idempotent
 * (a reservation is set to an exact quantity), so retrying one is safe.
 */
@FeignClient(name = "fulfillment-service", url = "${shop.services.fulfillment-service}")
public interface FulfillmentClient {

	@PostMapping("/internal/stock/lookup")
	StockLevels stock(@RequestBody StockLookup request);

	/**
	 * Sets the reserved quantity of one cart line to exactly {@code quantity}; {@code 0}
	 * releases it. Answers 409 {@code OUT_OF_STOCK} with {@code available} when the extra
	 * units are not free, 404 {@code PRODUCT_NOT_STOCKED} for a product without stock.
	 */
	@PutMapping("/internal/reservations/{cartId}/{productId}")
	void reserve(@PathVariable("cartId") UUID cartId, @PathVariable("productId") UUID productId,
			@RequestBody ReserveRequest request);

	@DeleteMapping("/internal/reservations/{cartId}")
	void releaseAll(@PathVariable("cartId") UUID cartId);

	@PostMapping("/internal/reservations/{cartId}/renew")
	void renew(@PathVariable("cartId") UUID cartId, @RequestBody RenewRequest request);

	record StockLookup(List<UUID> productIds) {
	}

	record StockLevels(List<Stock> stock) {
	}

	record Stock(UUID productId, int onHand, int available, boolean low) {
	}

	record ReserveRequest(int quantity, long ttlSeconds) {
	}

	record RenewRequest(long ttlSeconds) {
	}

}
