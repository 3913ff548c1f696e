package shop.paypal.checkout;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import shop.paypal.api.PayPalError;

/**
 * Every order the simulator holds, in memory, findable by order id and by capture id.
 */
@Component
public class OrderBook {

	private final Map<String, SimulatedOrder> orders = new ConcurrentHashMap<>();

	private final Map<String, String> orderOfCapture = new ConcurrentHashMap<>();

	void add(SimulatedOrder order) {
		this.orders.put(order.id(), order);
	}

	SimulatedOrder order(String orderId) {
		SimulatedOrder order = this.orders.get(orderId);
		if (order == null) {
			throw PayPalError.notFound("order_id", orderId);
		}
		return order;
	}

	Optional<SimulatedOrder> find(String orderId) {
		return Optional.ofNullable(this.orders.get(orderId));
	}

	void captured(SimulatedOrder order, SimulatedOrder.Capture capture) {
		this.orderOfCapture.put(capture.id(), order.id());
	}

	SimulatedOrder orderOfCapture(String captureId) {
		String orderId = this.orderOfCapture.get(captureId);
		if (orderId == null) {
			throw PayPalError.notFound("capture_id", captureId);
		}
		return order(orderId);
	}

	/**
	 * What every order was charged and refunded, for tests that count captures.
	 */
	public List<LedgerEntry> ledger() {
		Collection<SimulatedOrder> all = this.orders.values();
		return all.stream()
			.sorted(java.util.Comparator.comparing(SimulatedOrder::createTime))
			.map((order) -> new LedgerEntry(order.id(), order.status(java.time.Instant.now()), order.amount().value(),
					order.amount().currencyCode(),
					Optional.ofNullable(order.capturePayment())
						.map((capture) -> List.of(new LedgerEntry.Charge(capture.id(), capture.amount().value())))
						.orElse(List.of()),
					order.refunds()
						.stream()
						.map((refund) -> new LedgerEntry.Charge(refund.id(), refund.amount().value()))
						.toList()))
			.toList();
	}

	public void clear() {
		this.orders.clear();
		this.orderOfCapture.clear();
	}

	/**
	 * One order in the ledger.
	 *
	 * @param orderId PayPal's order id
	 * @param status its status
	 * @param amount the order's amount
	 * @param currency its currency
	 * @param captures captures made (at most one)
	 * @param refunds refunds made
	 */
	public record LedgerEntry(String orderId, String status, String amount, String currency, List<Charge> captures,
			List<Charge> refunds) {

		/**
		 * A capture or refund.
		 */
		public record Charge(String id, String amount) {
		}

	}

}
