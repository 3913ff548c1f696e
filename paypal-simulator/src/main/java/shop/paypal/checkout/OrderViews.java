package shop.paypal.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import shop.paypal.api.Link;
import shop.paypal.api.Money;

/**
 * Renders orders, captures and refunds in PayPal's JSON shapes, with the HATEOAS links a
 * client follows (the payer's {@code approve} link among them).
 */
final class OrderViews {

	private final String apiUrl;

	private final String webUrl;

	OrderViews(String apiUrl, String webUrl) {
		this.apiUrl = apiUrl;
		this.webUrl = webUrl;
	}

	/**
	 * {@code Prefer: return=minimal}: id, status and links only.
	 */
	Minimal minimal(SimulatedOrder order, Instant now) {
		String status = order.status(now);
		return new Minimal(order.id(), status, orderLinks(order, status));
	}

	Order full(SimulatedOrder order, Instant now) {
		String status = order.status(now);
		OrderRequest.PurchaseUnitRequest unit = order.request().purchaseUnits().getFirst();
		SimulatedOrder.Capture capture = order.capturePayment();
		Payments payments = (capture != null) ? new Payments(List.of(capture(order, capture))) : null;
		PurchaseUnit purchaseUnit = new PurchaseUnit((unit.referenceId() != null) ? unit.referenceId() : "default",
				new Amount(order.amount().currencyCode(), order.amount().value(),
						(unit.amount() != null) ? unit.amount().breakdown() : null),
				new Payee("sb-merchant@business.example.com", "SIMULATORMERCH"), unit.description(), unit.customId(),
				unit.invoiceId(), unit.items(), payments);
		Payer payer = (order.payerId() != null)
				? new Payer(new Name("Simulated", "Payer"), "payer@personal.example.com", order.payerId()) : null;
		return new Order(order.id(), order.request().intent(), status, List.of(purchaseUnit), payer,
				time(order.createTime()), time(order.updateTime()), orderLinks(order, status));
	}

	Capture capture(SimulatedOrder order, SimulatedOrder.Capture capture) {
		BigDecimal refunded = order.refunds()
			.stream()
			.map((refund) -> refund.amount().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		String status = (refunded.signum() == 0) ? "COMPLETED"
				: (refunded.compareTo(capture.amount().amount()) >= 0) ? "REFUNDED" : "PARTIALLY_REFUNDED";
		String self = this.apiUrl + "/v2/payments/captures/" + capture.id();
		return new Capture(capture.id(), status, capture.amount(), true, new SellerProtection("ELIGIBLE"),
				time(capture.createTime()), time(order.updateTime()),
				List.of(new Link(self, "self", "GET"), new Link(self + "/refund", "refund", "POST"),
						new Link(this.apiUrl + "/v2/checkout/orders/" + order.id(), "up", "GET")));
	}

	Refund refund(SimulatedOrder.Refund refund) {
		return new Refund(refund.id(), "COMPLETED", refund.amount(), time(refund.createTime()),
				time(refund.createTime()),
				List.of(new Link(this.apiUrl + "/v2/payments/refunds/" + refund.id(), "self", "GET"),
						new Link(this.apiUrl + "/v2/payments/captures/" + refund.captureId(), "up", "GET")));
	}

	String approveUrl(String orderId) {
		return this.webUrl + "/checkoutnow?token=" + orderId;
	}

	private List<Link> orderLinks(SimulatedOrder order, String status) {
		String self = this.apiUrl + "/v2/checkout/orders/" + order.id();
		List<Link> links = new ArrayList<>();
		links.add(new Link(self, "self", "GET"));
		if ("CREATED".equals(status)) {
			links.add(new Link(approveUrl(order.id()), "approve", "GET"));
		}
		if (!"COMPLETED".equals(status)) {
			links.add(new Link(self, "update", "PATCH"));
			links.add(new Link(self + "/capture", "capture", "POST"));
		}
		return List.copyOf(links);
	}

	private static String time(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	record Minimal(String id, String status, List<Link> links) {
	}

	record Order(String id, String intent, String status, List<PurchaseUnit> purchaseUnits, Payer payer,
			String createTime, String updateTime, List<Link> links) {
	}

	record PurchaseUnit(String referenceId, Amount amount, Payee payee, String description, String customId,
			String invoiceId, List<OrderRequest.Item> items, Payments payments) {
	}

	record Amount(String currencyCode, String value, OrderRequest.Breakdown breakdown) {
	}

	record Payee(String emailAddress, String merchantId) {
	}

	record Payments(List<Capture> captures) {
	}

	record Capture(String id, String status, Money amount, Boolean finalCapture, SellerProtection sellerProtection,
			String createTime, String updateTime, List<Link> links) {
	}

	record SellerProtection(String status) {
	}

	record Payer(Name name, String emailAddress, String payerId) {
	}

	record Name(String givenName, String surname) {
	}

	record Refund(String id, String status, Money amount, String createTime, String updateTime, List<Link> links) {
	}

}
