package shop.fulfillment.shipping.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code {amount: "12.34", currency: "USD"}}.
 */
record MoneyResponse(
		@Schema(description = "A decimal string with the currency's digits", example = "12.90") String amount,
		@Schema(description = "ISO 4217", example = "USD") String currency) {

}
