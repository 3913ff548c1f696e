package shop.cart.cart.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.cart.cart.CartService;
import shop.cart.cart.CartStatusView;
import shop.cart.cart.LockedCart;
import shop.common.security.internal.InternalApi;

/**
 * The checkout's hold on a cart (docs/internal-api.md, cart-service), for orders-service
 * only; every call is idempotent by order id.
 */
@RestController
@RequestMapping("/internal/carts")
@InternalApi(callers = "orders-service")
class InternalCartController {

	private final CartService carts;

	InternalCartController(CartService carts) {
		this.carts = carts;
	}

	@PostMapping("/lock")
	LockedCartResponse lock(@Valid @RequestBody LockRequest request) {
		return LockedCartResponse.of(this.carts.lockForCheckout(request.userId(), request.orderId()));
	}

	@PostMapping("/{cartId}/unlock")
	StatusResponse unlock(@PathVariable UUID cartId, @Valid @RequestBody OrderRequest request) {
		return StatusResponse.of(this.carts.unlock(cartId, request.orderId()));
	}

	@PostMapping("/{cartId}/checkout")
	StatusResponse checkout(@PathVariable UUID cartId, @Valid @RequestBody OrderRequest request) {
		return StatusResponse.of(this.carts.checkOut(cartId, request.orderId()));
	}

	record LockRequest(@NotNull UUID userId, @NotNull UUID orderId) {
	}

	record OrderRequest(@NotNull UUID orderId) {
	}

	record StatusResponse(UUID cartId, String status) {

		static StatusResponse of(CartStatusView view) {
			return new StatusResponse(view.cartId(), view.status().name());
		}

	}

	record LockedCartResponse(UUID cartId, String status, UUID orderId, List<Item> items) {

		static LockedCartResponse of(LockedCart cart) {
			return new LockedCartResponse(cart.cartId(), cart.status().name(), cart.orderId(),
					cart.items()
						.stream()
						.map((line) -> new Item(line.productId(), line.sku(), line.name(), line.quantity(),
								MoneyResponse.of(line.lockedPrice()), MoneyResponse.of(line.currentPrice())))
						.toList());
		}

	}

	record Item(UUID productId, String sku, String name, int quantity, MoneyResponse lockedPrice,
			MoneyResponse currentPrice) {
	}

}
