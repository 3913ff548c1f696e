package shop.orders.client;

import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * cart-service's checkout API. Every call is idempotent for the same order and carries
 * the saga step's {@code Idempotency-Key}.
 */
@FeignClient(name = "cart-service", url = "${shop.services.cart-service}")
public interface CartClient {

	/**
	 * Locks the user's cart for the order and answers its lines; 409 {@code CART_LOCKED}
	 * when another order holds it, 422 {@code CART_EMPTY}.
	 */
	@PostMapping("/internal/carts/lock")
	LockedCart lock(@RequestHeader(Headers.IDEMPOTENCY_KEY) String idempotencyKey, @RequestBody LockCart request);

	/**
	 * Opens the cart again; a no-op when the order does not hold it.
	 */
	@PostMapping("/internal/carts/{cartId}/unlock")
	CartState unlock(@RequestHeader(Headers.IDEMPOTENCY_KEY) String idempotencyKey, @PathVariable("cartId") UUID cartId,
			@RequestBody CartOrder request);

	/**
	 * Marks the cart checked out; the user's next cart is a new one.
	 */
	@PostMapping("/internal/carts/{cartId}/checkout")
	CartState checkout(@RequestHeader(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
			@PathVariable("cartId") UUID cartId, @RequestBody CartOrder request);

	record LockCart(UUID userId, UUID orderId) {

	}

	record CartOrder(UUID orderId) {

	}

	record LockedCart(UUID cartId, String status, UUID orderId, List<LockedItem> items) {

		public LockedCart {
			items = (items != null) ? List.copyOf(items) : List.of();
		}

	}

	record LockedItem(UUID productId, String sku, String name, int quantity, Money lockedPrice, Money currentPrice) {

	}

	record CartState(UUID cartId, String status) {

	}

}
