package shop.paypal.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import shop.paypal.api.DebugIds;
import shop.paypal.api.Money;
import shop.paypal.api.PayPalError;

/**
 * An order as PayPal keeps it: {@code CREATED} until the payer approves it,
 * {@code APPROVED} until it is captured (once: intent CAPTURE allows one capture), then
 * {@code COMPLETED}, with its capture and the capture's refunds.
 */
final class SimulatedOrder {

	private final String id;

	private final OrderRequest request;

	private final Money amount;

	private final Instant createTime;

	private Instant updateTime;

	private String payerId;

	private Instant approvedFrom;

	private Capture capture;

	private final List<Refund> refunds = new ArrayList<>();

	SimulatedOrder(String id, OrderRequest request, Money amount, Instant now) {
		this.id = id;
		this.request = request;
		this.amount = amount;
		this.createTime = now;
		this.updateTime = now;
	}

	String id() {
		return this.id;
	}

	OrderRequest request() {
		return this.request;
	}

	Money amount() {
		return this.amount;
	}

	Instant createTime() {
		return this.createTime;
	}

	synchronized Instant updateTime() {
		return this.updateTime;
	}

	synchronized String payerId() {
		return this.payerId;
	}

	synchronized String status(Instant now) {
		if (this.capture != null) {
			return "COMPLETED";
		}
		return (this.approvedFrom != null && !this.approvedFrom.isAfter(now)) ? "APPROVED" : "CREATED";
	}

	/**
	 * The payer approves on the approval page; the order counts as approved from
	 * {@code effectiveFrom} on (later than now for a late approval). Approving again
	 * changes nothing.
	 */
	synchronized String approve(Instant now, Instant effectiveFrom) {
		if (this.approvedFrom == null) {
			this.payerId = DebugIds.resourceId(13);
			this.approvedFrom = effectiveFrom;
			this.updateTime = now;
		}
		return this.payerId;
	}

	/**
	 * Captures the whole amount.
	 * @throws PayPalError 422 {@code ORDER_NOT_APPROVED} before approval,
	 * {@code ORDER_ALREADY_CAPTURED} after a capture
	 */
	synchronized Capture capture(Instant now) {
		if (this.capture != null) {
			throw PayPalError.unprocessable("ORDER_ALREADY_CAPTURED",
					"Order already captured.If 'intent=CAPTURE' only one capture per order is allowed.");
		}
		if (!"APPROVED".equals(status(now))) {
			throw PayPalError.unprocessable("ORDER_NOT_APPROVED",
					"Payer has not yet approved the Order for payment. Please redirect the payer to the 'rel':'approve' "
							+ "url returned as part of the HATEOAS links within the Create Order call or provide a "
							+ "valid payment_source in the request.");
		}
		this.capture = new Capture(DebugIds.resourceId(17), this.amount, now);
		this.updateTime = now;
		return this.capture;
	}

	synchronized Capture capturePayment() {
		return this.capture;
	}

	/**
	 * Refunds the capture, all of what is left or {@code requested}.
	 * @throws PayPalError 422 {@code CAPTURE_FULLY_REFUNDED} or
	 * {@code REFUND_AMOUNT_EXCEEDED}
	 */
	synchronized Refund refund(Money requested, Instant now) {
		BigDecimal refunded = this.refunds.stream()
			.map((r) -> r.amount().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal left = this.capture.amount().amount().subtract(refunded);
		if (left.signum() <= 0) {
			throw PayPalError.unprocessable("CAPTURE_FULLY_REFUNDED", "The capture has already been fully refunded");
		}
		BigDecimal amount = (requested != null) ? requested.amount() : left;
		if (requested != null && !requested.currencyCode().equals(this.amount.currencyCode())) {
			throw PayPalError.unprocessable("REFUND_CURRENCY_MISMATCH",
					"Refund must be in the same currency as the capture");
		}
		if (amount.signum() <= 0 || amount.compareTo(left) > 0) {
			throw PayPalError.unprocessable("REFUND_AMOUNT_EXCEEDED",
					"The refund amount must be less than or equal to the capture amount that has not yet been refunded.");
		}
		Refund refund = new Refund(DebugIds.resourceId(17), this.capture.id(),
				Money.of(this.amount.currencyCode(), amount.setScale(this.capture.amount().amount().scale())), now);
		this.refunds.add(refund);
		this.updateTime = now;
		return refund;
	}

	synchronized List<Refund> refunds() {
		return List.copyOf(this.refunds);
	}

	/**
	 * A capture: {@code COMPLETED}, or {@code REFUNDED} / {@code PARTIALLY_REFUNDED} once
	 * refunds were made.
	 */
	record Capture(String id, Money amount, Instant createTime) {
	}

	record Refund(String id, String captureId, Money amount, Instant createTime) {
	}

}
