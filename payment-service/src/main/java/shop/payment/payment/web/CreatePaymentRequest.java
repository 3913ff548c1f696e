package shop.payment.payment.web;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import shop.common.web.FieldError;
import shop.common.web.ValidationException;
import shop.payment.payment.Money;
import shop.payment.payment.NewPayment;

/**
 * {@code POST /internal/payments}: {@code {orderId, amount, items: [{sku, name, quantity,
 * unitPrice}], returnUrl, cancelUrl}}.
 */
record CreatePaymentRequest(@NotNull UUID orderId, @NotNull @Valid MoneyBody amount,
		@NotNull @Size(max = 100) List<@Valid Item> items, @NotBlank @Size(max = 2000) String returnUrl,
		@NotBlank @Size(max = 2000) String cancelUrl) {

	/**
	 * Checks what Bean Validation cannot (known currencies, amounts at the currency's
	 * scale, one currency throughout) and makes the command.
	 */
	NewPayment toCommand() {
		List<FieldError> errors = new ArrayList<>();
		check(errors, "amount", this.amount, this.amount.currency());
		for (int i = 0; i < this.items.size(); i++) {
			check(errors, "items[" + i + "].unitPrice", this.items.get(i).unitPrice(), this.amount.currency());
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new NewPayment(this.orderId, money(this.amount), this.items.stream()
			.map((item) -> new NewPayment.Item(item.sku(), item.name(), item.quantity(), money(item.unitPrice())))
			.toList(), this.returnUrl, this.cancelUrl);
	}

	private static void check(List<FieldError> errors, String field, MoneyBody money, String currency) {
		try {
			int digits = Currency.getInstance(money.currency()).getDefaultFractionDigits();
			if (money.amount().stripTrailingZeros().scale() > Math.max(digits, 0)) {
				errors.add(new FieldError(field + ".amount", "has more decimals than " + money.currency() + " allows"));
			}
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError(field + ".currency", "is not an ISO 4217 currency"));
			return;
		}
		if (!money.currency().equals(currency)) {
			errors.add(new FieldError(field + ".currency", "must be " + currency + " like the amount"));
		}
	}

	private static Money money(MoneyBody body) {
		return new Money(body.amount(), body.currency());
	}

	/**
	 * A line of the order.
	 */
	record Item(@Size(max = 127) String sku, @NotBlank @Size(max = 300) String name, @Min(1) int quantity,
			@NotNull @Valid MoneyBody unitPrice) {
	}

}
