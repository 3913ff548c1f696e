package shop.cart.cart.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.cart.cart.CartService;
import shop.common.security.jwt.CurrentUser;

/**
 * The shopper's cart, {@code /api/cart} (DESIGN.md, Cart). Every call works on the
 * caller's own active cart; another user's item ids answer 404.
 */
@RestController
@RequestMapping("/api/cart")
class CartController {

	private final CartService carts;

	CartController(CartService carts) {
		this.carts = carts;
	}

	@GetMapping
	CartResponse cart(@CurrentUser UUID userId) {
		return CartResponse.of(this.carts.view(userId));
	}

	@PostMapping("/items")
	ResponseEntity<CartItemResponse> add(@CurrentUser UUID userId, @Valid @RequestBody AddItemRequest request) {
		CartItemResponse item = CartItemResponse
			.of(this.carts.addItem(userId, request.productId(), request.quantity()));
		return ResponseEntity.created(URI.create("/api/cart/items/" + item.itemId())).body(item);
	}

	@PutMapping("/items/{itemId}")
	CartItemResponse change(@CurrentUser UUID userId, @PathVariable UUID itemId,
			@Valid @RequestBody ChangeQuantityRequest request) {
		return CartItemResponse.of(this.carts.changeQuantity(userId, itemId, request.quantity()));
	}

	@DeleteMapping("/items/{itemId}")
	ResponseEntity<Void> remove(@CurrentUser UUID userId, @PathVariable UUID itemId) {
		this.carts.removeItem(userId, itemId);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping
	ResponseEntity<Void> empty(@CurrentUser UUID userId) {
		this.carts.empty(userId);
		return ResponseEntity.noContent().build();
	}

}
