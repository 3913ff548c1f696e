package shop.paypal.checkout;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import shop.paypal.api.Money;
import shop.paypal.api.PayPalError;

/**
 * PayPal's checks of a new order: the schema (400 {@code INVALID_REQUEST} with
 * {@code MISSING_REQUIRED_PARAMETER} or {@code INVALID_PARAMETER_VALUE}) and the business
 * rules on amounts (422 {@code ITEM_TOTAL_REQUIRED}, {@code ITEM_TOTAL_MISMATCH},
 * {@code AMOUNT_MISMATCH}).
 */
final class OrderValidation {

	private OrderValidation() {
	}

	/**
	 * Checks the request and answers the order's amount.
	 */
	static Money validate(OrderRequest request) {
		if (request.intent() == null) {
			throw missing("/intent");
		}
		if (!"CAPTURE".equals(request.intent())) {
			throw PayPalError.invalidRequest("/intent", "INVALID_PARAMETER_VALUE",
					"The value of a field is invalid. The simulator supports intent CAPTURE only.");
		}
		if (request.purchaseUnits() == null || request.purchaseUnits().isEmpty()) {
			throw missing("/purchase_units");
		}
		if (request.purchaseUnits().size() > 1) {
			throw PayPalError.invalidRequest("/purchase_units", "INVALID_ARRAY_MAX_ITEMS",
					"The number of items in an array parameter is too large. The simulator supports one purchase unit.");
		}
		OrderRequest.PurchaseUnitRequest unit = request.purchaseUnits().getFirst();
		String at = "/purchase_units/@reference_id=='" + ((unit.referenceId() != null) ? unit.referenceId() : "default")
				+ "'";
		if (unit.amount() == null) {
			throw missing(at + "/amount");
		}
		String currency = currency(unit.amount().currencyCode(), at + "/amount/currency_code");
		BigDecimal value = value(unit.amount().value(), currency, at + "/amount/value");
		OrderRequest.Breakdown breakdown = unit.amount().breakdown();
		if (unit.items() != null && !unit.items().isEmpty()) {
			if (breakdown == null || breakdown.itemTotal() == null) {
				throw PayPalError.unprocessable("ITEM_TOTAL_REQUIRED",
						"If item details are specified (items.unit_amount and items.quantity) corresponding amount.breakdown.item_total is required.");
			}
			BigDecimal itemTotal = BigDecimal.ZERO;
			for (OrderRequest.Item item : unit.items()) {
				if (item.name() == null || item.quantity() == null || item.unitAmount() == null) {
					throw missing(at + "/items/name, quantity, unit_amount");
				}
				BigDecimal unitAmount = value(item.unitAmount().value(), currency, at + "/items/unit_amount/value");
				itemTotal = itemTotal.add(unitAmount.multiply(quantity(item.quantity(), at + "/items/quantity")));
			}
			if (itemTotal.compareTo(
					value(breakdown.itemTotal().value(), currency, at + "/amount/breakdown/item_total/value")) != 0) {
				throw PayPalError.unprocessable("ITEM_TOTAL_MISMATCH",
						"Should equal sum of (unit_amount * quantity) across all items for a given purchase_unit");
			}
		}
		if (breakdown != null) {
			BigDecimal total = sum(currency, at, breakdown.itemTotal(), breakdown.shipping(), breakdown.handling(),
					breakdown.taxTotal(), breakdown.insurance())
				.subtract(sum(currency, at, breakdown.shippingDiscount(), breakdown.discount()));
			if (total.compareTo(value) != 0) {
				throw PayPalError.unprocessable("AMOUNT_MISMATCH",
						"Should equal item_total + tax_total + shipping + handling + insurance - shipping_discount - discount.");
			}
		}
		return Money.of(currency, value);
	}

	private static BigDecimal sum(String currency, String at, Money... parts) {
		BigDecimal total = BigDecimal.ZERO;
		for (Money part : parts) {
			if (part != null) {
				if (!currency.equals(part.currencyCode())) {
					throw PayPalError.unprocessable("CURRENCY_MISMATCH",
							"Currency code should be same across all amounts in a purchase unit.");
				}
				total = total.add(value(part.value(), currency, at + "/amount/breakdown"));
			}
		}
		return total;
	}

	private static String currency(String code, String field) {
		if (code == null) {
			throw missing(field);
		}
		try {
			return Currency.getInstance(code).getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			throw PayPalError.invalidRequest(field, "INVALID_PARAMETER_VALUE", "The value of a field is invalid.");
		}
	}

	private static BigDecimal value(String value, String currency, String field) {
		if (value == null) {
			throw missing(field);
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw PayPalError.invalidRequest(field, "INVALID_PARAMETER_SYNTAX",
					"The value of a field does not conform to the expected format.");
		}
		if (amount.signum() < 0 || amount.scale() > Currency.getInstance(currency).getDefaultFractionDigits()) {
			throw PayPalError.invalidRequest(field, "DECIMAL_PRECISION",
					"If the currency supports decimals, only two decimal place precision is supported.");
		}
		return amount;
	}

	private static BigDecimal quantity(String quantity, String field) {
		try {
			BigDecimal parsed = new BigDecimal(quantity);
			if (parsed.signum() <= 0 || parsed.scale() > 0) {
				throw new NumberFormatException(quantity);
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw PayPalError.invalidRequest(field, "INVALID_PARAMETER_VALUE", "The value of a field is invalid.");
		}
	}

	private static PayPalError missing(String field) {
		return new PayPalError(org.springframework.http.HttpStatus.BAD_REQUEST, "INVALID_REQUEST",
				"Request is not well-formed, syntactically incorrect, or violates schema.",
				List.of(new PayPalError.Detail(field, null, "body", "MISSING_REQUIRED_PARAMETER",
						"A required field / parameter is missing.")));
	}

}
