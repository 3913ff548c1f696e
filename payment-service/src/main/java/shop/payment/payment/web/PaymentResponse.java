package shop.payment.payment.web;

import java.util.UUID;

import shop.payment.payment.Money;
import shop.payment.payment.PaymentView;

/**
 * A payment on the wire: {@code {paymentId, orderId, provider, status, approvalUrl,
 * reference, captureReference, amount}} (fields without a value are left out).
 */
record PaymentResponse(UUID paymentId, UUID orderId, String provider, String status, String approvalUrl,
		String reference, String captureReference, MoneyResponse amount) {

	static PaymentResponse of(PaymentView payment) {
		return new PaymentResponse(payment.paymentId(), payment.orderId(), payment.provider(), payment.status(),
				payment.approvalUrl(), payment.reference(), payment.captureReference(),
				MoneyResponse.of(payment.amount()));
	}

	/**
	 * {@code {"amount": "12.34", "currency": "USD"}}, the amount a decimal string.
	 */
	record MoneyResponse(String amount, String currency) {

		static MoneyResponse of(Money money) {
			return new MoneyResponse(money.plainAmount(), money.currency());
		}

	}

}
