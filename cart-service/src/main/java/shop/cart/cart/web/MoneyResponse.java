package shop.cart.cart.web;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.cart.cart.Money;

/**
 * Money on the wire: the amount as a decimal string at the currency's scale.
 *
 * @param amount for example {@code "12.30"}
 * @param currency ISO 4217 code
 */
record MoneyResponse(@Schema(description = "A decimal string, never a float", example = "19.99") String amount,
		@Schema(example = "USD") String currency) {

	static MoneyResponse of(Money money) {
		return (money != null) ? new MoneyResponse(money.plainAmount(), money.currency()) : null;
	}

}
