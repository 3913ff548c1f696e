package shop.cart.cart.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Cart", description = "The signed-in shopper's one active cart: locked prices and reserved stock")
class CartController {

	private final CartService carts;

	CartController(CartService carts) {
		this.carts = carts;
	}

	@GetMapping
	@Operation(summary = "The shopper's cart",
			description = "Starts an empty OPEN cart on first use. Every line shows its locked and current price; "
					+ "warnings name price changes, low stock and unavailable products.")
	CartResponse cart(@CurrentUser UUID userId) {
		return CartResponse.of(this.carts.view(userId));
	}

	@PostMapping("/items")
	@Operation(summary = "Add a product",
			description = "Locks the current price and reserves the stock (the reservation expires after "
					+ "CART_RESERVATION_TTL without cart activity). A product already in the cart adds to its line.")
	@ApiResponse(responseCode = "201", description = "The cart line, with Location")
	@ApiResponse(responseCode = "404", description = "`NOT_FOUND`: no such product")
	@ApiResponse(responseCode = "409",
			description = "`OUT_OF_STOCK`: not enough is available (`available` says how many); `CART_LOCKED`: "
					+ "a checkout is running; `PRODUCT_UNAVAILABLE`: the product is no longer sold or has no price")
	@ApiResponse(responseCode = "422", description = "`CART_LIMIT_EXCEEDED`: too many lines or units")
	ResponseEntity<CartItemResponse> add(@CurrentUser UUID userId, @Valid @RequestBody AddItemRequest request) {
		CartItemResponse item = CartItemResponse
			.of(this.carts.addItem(userId, request.productId(), request.quantity()));
		return ResponseEntity.created(URI.create("/api/cart/items/" + item.itemId())).body(item);
	}

	@PutMapping("/items/{itemId}")
	@Operation(summary = "Change a line's quantity", description = "The reservation follows the new quantity.")
	@ApiResponse(responseCode = "200", description = "The changed line")
	@ApiResponse(responseCode = "409",
			description = "`OUT_OF_STOCK`: not enough is available for the new quantity; `CART_LOCKED`: "
					+ "a checkout is running")
	@ApiResponse(responseCode = "422", description = "`CART_LIMIT_EXCEEDED`: too many units")
	CartItemResponse change(@CurrentUser UUID userId, @PathVariable UUID itemId,
			@Valid @RequestBody ChangeQuantityRequest request) {
		return CartItemResponse.of(this.carts.changeQuantity(userId, itemId, request.quantity()));
	}

	@DeleteMapping("/items/{itemId}")
	@Operation(summary = "Remove a line", description = "Releases its reservation.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "409", description = "`CART_LOCKED`: a checkout is running")
	ResponseEntity<Void> remove(@CurrentUser UUID userId, @PathVariable UUID itemId) {
		this.carts.removeItem(userId, itemId);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping
	@Operation(summary = "Empty the cart", description = "Removes every line and releases every reservation.")
	@ApiResponse(responseCode = "204", description = "Emptied")
	@ApiResponse(responseCode = "409", description = "`CART_LOCKED`: a checkout is running")
	ResponseEntity<Void> empty(@CurrentUser UUID userId) {
		this.carts.empty(userId);
		return ResponseEntity.noContent().build();
	}

}
