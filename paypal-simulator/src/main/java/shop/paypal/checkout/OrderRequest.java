package shop.paypal.checkout;

import java.util.List;

import shop.paypal.api.Money;

/**
 * The body of {@code POST /v2/checkout/orders}, as far as the simulator reads it. The
 * return and cancel URLs come from {@code application_context} or, as in newer
 * integrations, from {@code payment_source.paypal.experience_context}.
 */
record OrderRequest(String intent, List<PurchaseUnitRequest> purchaseUnits, Context applicationContext,
		PaymentSource paymentSource) {

	String returnUrl() {
		if (this.applicationContext != null && this.applicationContext.returnUrl() != null) {
			return this.applicationContext.returnUrl();
		}
		return experience().returnUrl();
	}

	String cancelUrl() {
		if (this.applicationContext != null && this.applicationContext.cancelUrl() != null) {
			return this.applicationContext.cancelUrl();
		}
		return experience().cancelUrl();
	}

	private Context experience() {
		if (this.paymentSource != null && this.paymentSource.paypal() != null
				&& this.paymentSource.paypal().experienceContext() != null) {
			return this.paymentSource.paypal().experienceContext();
		}
		return new Context(null, null);
	}

	record PurchaseUnitRequest(String referenceId, String description, String customId, String invoiceId, Amount amount,
			List<Item> items) {
	}

	record Amount(String currencyCode, String value, Breakdown breakdown) {
	}

	record Breakdown(Money itemTotal, Money shipping, Money handling, Money taxTotal, Money insurance,
			Money shippingDiscount, Money discount) {
	}

	record Item(String name, String sku, String quantity, Money unitAmount, String description, String category) {
	}

	record Context(String returnUrl, String cancelUrl) {
	}

	record PaymentSource(PayPalSource paypal) {
	}

	record PayPalSource(Context experienceContext) {
	}

}
