package shop.cart.cart;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import shop.common.web.ShopException;

/**
 * The cart's domain failures, each with the stable code clients switch on.
 */
final class CartProblems {

	private CartProblems() {
	}

	static ShopException locked() {
		return ShopException.conflict("CART_LOCKED", "Cart locked",
				"A checkout is running on this cart; it cannot change until the checkout ends");
	}

	static ShopException lockedByAnotherOrder() {
		return ShopException.conflict("CART_LOCKED", "Cart locked", "The cart is locked by another order");
	}

	static ShopException closed() {
		return ShopException.conflict("CART_CLOSED", "Cart closed",
				"The cart was checked out or expired meanwhile; repeat the request on the new cart");
	}

	static ShopException empty() {
		return ShopException.unprocessable("CART_EMPTY", "Cart empty", "The cart has no items to check out");
	}

	static ShopException notLockedBy(UUID orderId) {
		return ShopException.conflict("CART_NOT_LOCKED", "Cart not locked",
				"The cart is not locked by order " + orderId);
	}

	static ShopException itemNotFound(UUID itemId) {
		return ShopException.notFound("Cart item", itemId);
	}

	static ShopException cartNotFound(UUID cartId) {
		return ShopException.notFound("Cart", cartId);
	}

	static ShopException productNotFound(UUID productId) {
		return ShopException.notFound("Product", productId);
	}

	static ShopException productUnavailable(UUID productId) {
		return ShopException
			.conflict("PRODUCT_UNAVAILABLE", "Product unavailable",
					"Product " + productId + " has no price and cannot be sold right now")
			.with("productId", productId);
	}

	static ShopException quantityLimit(int maxQuantity) {
		return ShopException
			.unprocessable("CART_LIMIT_EXCEEDED", "Cart limit exceeded",
					"A cart line may hold at most " + maxQuantity + " units")
			.with("maxQuantity", maxQuantity);
	}

	static ShopException lineLimit(int maxLines) {
		return ShopException
			.unprocessable("CART_LIMIT_EXCEEDED", "Cart limit exceeded",
					"A cart may hold at most " + maxLines + " lines")
			.with("maxLines", maxLines);
	}

	static ShopException outOfStock(UUID productId, int available) {
		return ShopException
			.conflict("OUT_OF_STOCK", "Out of stock",
					"Only " + available + " more unit(s) of product " + productId + " are available")
			.with("productId", productId)
			.with("available", available);
	}

	static ShopException unavailable(String service) {
		return new ShopException(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", "Service unavailable",
				service + " cannot be reached right now; repeat the request in a moment");
	}

}
