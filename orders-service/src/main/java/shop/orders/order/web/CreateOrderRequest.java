package shop.orders.order.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import shop.common.web.FieldError;
import shop.common.web.ValidationException;
import shop.orders.saga.PlaceOrder;

/**
 * {@code POST /api/orders}: where to ship (a saved address or one given inline), how, and
 * whether current prices that differ from the cart's locked ones are accepted.
 *
 * @param shippingAddressId one of the shopper's saved addresses
 * @param shippingAddress an address given inline
 * @param deliveryMode a mode of fulfillment's quote, for example {@code standard}
 * @param acceptPriceChanges pay current prices when they differ (default {@code false})
 */
@Schema(example = OrderExamples.CHECKOUT_TO_SAVED_ADDRESS)
record CreateOrderRequest(
		@Schema(description = "One of the shopper's saved addresses; give this or shippingAddress",
				example = OrderExamples.ADDRESS_ID) UUID shippingAddressId,
		@Schema(description = "An address given with the order; give this or shippingAddressId") @Valid AddressRequest shippingAddress,
		@Schema(description = "A mode fulfillment offers for the address (GET /api/shipping/quote)",
				example = "express") @NotBlank @Size(max = 32) String deliveryMode,
		@Schema(description = "Pay current prices when they differ from the cart's locked ones; false by default",
				example = "false") Boolean acceptPriceChanges) {

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	/**
	 * The checkout command, after the rules Bean Validation cannot express.
	 */
	PlaceOrder toCommand(UUID userId, String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw ValidationException.of("Idempotency-Key",
					"is required: a string the client chooses per checkout, sent again when it repeats the request");
		}
		if (!KEY.matcher(idempotencyKey).matches()) {
			throw ValidationException.of("Idempotency-Key", "must be 1 to 255 printable ASCII characters");
		}
		if ((this.shippingAddressId == null) == (this.shippingAddress == null)) {
			throw new ValidationException(List
				.of(new FieldError("shippingAddressId", "give exactly one of shippingAddressId and shippingAddress")));
		}
		return new PlaceOrder(userId, idempotencyKey, this.shippingAddressId,
				(this.shippingAddress != null) ? this.shippingAddress.toAddress() : null, this.deliveryMode.strip(),
				Boolean.TRUE.equals(this.acceptPriceChanges));
	}

}
