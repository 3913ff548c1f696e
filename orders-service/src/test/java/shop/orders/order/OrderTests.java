package shop.orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The order as a state machine: every transition from every status, legal or not.
 */
class OrderTests {

	private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");

	private static final Map<OrderStatus, Set<OrderStatus>> LEGAL = new EnumMap<>(OrderStatus.class);

	static {
		LEGAL.put(OrderStatus.PENDING, EnumSet.of(OrderStatus.CART_LOCKED, OrderStatus.CANCELLED));
		LEGAL.put(OrderStatus.CART_LOCKED, EnumSet.of(OrderStatus.PAYMENT_PENDING, OrderStatus.CANCELLED));
		LEGAL.put(OrderStatus.PAYMENT_PENDING, EnumSet.of(OrderStatus.PAYMENT_CAPTURED, OrderStatus.CANCELLED,
				OrderStatus.FAILED, OrderStatus.REFUNDED));
		LEGAL.put(OrderStatus.PAYMENT_CAPTURED,
				EnumSet.of(OrderStatus.STOCK_COMMITTED, OrderStatus.FAILED, OrderStatus.REFUNDED));
		LEGAL.put(OrderStatus.STOCK_COMMITTED,
				EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.FAILED, OrderStatus.REFUNDED));
		LEGAL.put(OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.SHIPPED, OrderStatus.REFUNDED));
		LEGAL.put(OrderStatus.SHIPPED, EnumSet.of(OrderStatus.DELIVERED));
		LEGAL.put(OrderStatus.DELIVERED, EnumSet.noneOf(OrderStatus.class));
		LEGAL.put(OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class));
		LEGAL.put(OrderStatus.FAILED, EnumSet.noneOf(OrderStatus.class));
		LEGAL.put(OrderStatus.REFUNDED, EnumSet.noneOf(OrderStatus.class));
	}

	static Stream<Arguments> everyStatusPair() {
		return Stream.of(OrderStatus.values())
			.flatMap((from) -> Stream.of(OrderStatus.values()).map((to) -> arguments(from, to)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("everyStatusPair")
	void allowsExactlyTheDesignedStatusTransitions(OrderStatus from, OrderStatus to) {
		assertThat(from.canBecome(to)).isEqualTo(LEGAL.get(from).contains(to));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("everyStatusPair")
	void movesThroughItsMethodsOnlyAlongLegalTransitions(OrderStatus from, OrderStatus to) {
		Order order = orderIn(from);
		int historyBefore = order.history().size();
		if (LEGAL.get(from).contains(to)) {
			transitionTo(to).accept(order);
			assertThat(order.status()).isEqualTo(to);
			assertThat(order.history()).hasSize(historyBefore + 1);
			assertThat(order.history().get(historyBefore).status()).isEqualTo(to);
		}
		else {
			assertThatThrownBy(() -> transitionTo(to).accept(order)).isInstanceOf(OrderStateException.class)
				.satisfies((ex) -> assertThat(((OrderStateException) ex).status().value()).isEqualTo(409));
			assertThat(order.status()).isEqualTo(from);
			assertThat(order.history()).hasSize(historyBefore);
		}
	}

	@Test
	void startsPendingWithItsCustomerAndAddressAndNoLines() {
		Order order = newOrder();

		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.snapshot().customer().email()).isEqualTo("sam@example.com");
		assertThat(order.snapshot().address().city()).isEqualTo("Springfield");
		assertThat(order.snapshot().items()).isEmpty();
		assertThat(order.history()).extracting(OrderStatusChange::status).containsExactly(OrderStatus.PENDING);
	}

	@Test
	void totalsItsLinesAndShippingInTheCurrencysDigits() {
		Order order = newOrder();
		order.cartLocked(UUID.randomUUID(), "USD", lines(), List.of(), NOW);
		order.shippingQuoted("UPS", new BigDecimal("4.5"), LocalDate.of(2030, 1, 10), NOW);

		assertThat(order.itemsTotal()).isEqualByComparingTo("45.50");
		assertThat(order.itemsTotal().scale()).isEqualTo(2);
		assertThat(order.shippingTotal()).isEqualTo(new BigDecimal("4.50"));
		assertThat(order.grandTotal()).isEqualTo(new BigDecimal("50.00"));
		assertThat(order.deliveryDate()).isEqualTo(LocalDate.of(2030, 1, 10));
		assertThat(order.carrier()).isEqualTo("UPS");
	}

	@Test
	void becomesPlacedWhenItsPaymentIsCreated() {
		Order order = orderIn(OrderStatus.CART_LOCKED);
		assertThat(order.placedAt()).isNull();

		order.paymentCreated(UUID.randomUUID(), "PAYPAL", "CREATED", "REF", "https://paypal.test/a", NOW);

		assertThat(order.placedAt()).isEqualTo(NOW);
		assertThat(order.approvalUrl()).isEqualTo("https://paypal.test/a");
	}

	@Test
	void confirmsOnlyWithAPaymentAndNeverOnceAbandonedOrBeingCancelled() {
		assertThatThrownBy(() -> orderIn(OrderStatus.CART_LOCKED).checkConfirmable())
			.hasFieldOrPropertyWithValue("code", "CHECKOUT_NOT_READY");
		assertThatThrownBy(() -> orderIn(OrderStatus.CANCELLED).checkConfirmable()).hasFieldOrPropertyWithValue("code",
				"ILLEGAL_ORDER_TRANSITION");
		Order beingCancelled = orderIn(OrderStatus.PAYMENT_PENDING);
		beingCancelled.requestCancellation(NOW);
		assertThatThrownBy(beingCancelled::checkConfirmable).isInstanceOf(OrderStateException.class);
		orderIn(OrderStatus.PAYMENT_PENDING).checkConfirmable();
		orderIn(OrderStatus.CONFIRMED).checkConfirmable();
		orderIn(OrderStatus.DELIVERED).checkConfirmable();
	}

	@Test
	void refusesCancellationOnceShipped() {
		assertThatThrownBy(() -> orderIn(OrderStatus.SHIPPED).requestCancellation(NOW))
			.hasFieldOrPropertyWithValue("code", "ORDER_ALREADY_SHIPPED");
		assertThatThrownBy(() -> orderIn(OrderStatus.DELIVERED).requestCancellation(NOW))
			.hasFieldOrPropertyWithValue("code", "ORDER_ALREADY_SHIPPED");
		assertThatThrownBy(() -> orderIn(OrderStatus.REFUNDED).requestCancellation(NOW))
			.isInstanceOf(OrderStateException.class);
	}

	@Test
	void cannotBeShippedWhileItsShopperCancelsIt() {
		Order order = orderIn(OrderStatus.CONFIRMED);
		order.requestCancellation(NOW);

		assertThatThrownBy(() -> order.ship("UPS", "1Z", NOW)).hasFieldOrPropertyWithValue("code",
				"ORDER_BEING_CANCELLED");
		assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
	}

	@Test
	void treatsARepeatedShipmentOrDeliveryAsNoChange() {
		Order order = orderIn(OrderStatus.CONFIRMED);

		assertThat(order.ship("UPS", "1Z", NOW)).isTrue();
		assertThat(order.ship("UPS", "1Z", NOW)).isFalse();
		assertThat(order.deliver(NOW)).isTrue();
		assertThat(order.deliver(NOW)).isFalse();
		assertThat(order.ship("UPS", "1Z", NOW)).isFalse();
		assertThatThrownBy(() -> order.ship("DHL", "other", NOW)).isInstanceOf(OrderStateException.class);
		assertThat(order.history()).extracting(OrderStatusChange::status)
			.endsWith(OrderStatus.SHIPPED, OrderStatus.DELIVERED);
	}

	@Test
	void endsOnlyInAnAbandonedStatus() {
		Order order = orderIn(OrderStatus.PAYMENT_PENDING);

		assertThatThrownBy(() -> order.end(OrderStatus.CONFIRMED, "x", NOW)).isInstanceOf(OrderStateException.class);
		order.end(OrderStatus.CANCELLED, "APPROVAL_EXPIRED", NOW);

		assertThat(order.history().get(order.history().size() - 1).reason()).isEqualTo("APPROVAL_EXPIRED");
	}

	private static Consumer<Order> transitionTo(OrderStatus to) {
		return switch (to) {
			case PENDING -> (order) -> {
				throw OrderStateException.illegalTransition(order.id(), order.status(), OrderStatus.PENDING);
			};
			case CART_LOCKED -> (order) -> order.cartLocked(UUID.randomUUID(), "USD", lines(), List.of(), NOW);
			case PAYMENT_PENDING -> (order) -> order.paymentCreated(UUID.randomUUID(), "PAYPAL", "CREATED", "REF",
					"https://paypal.test/approve", NOW);
			case PAYMENT_CAPTURED -> (order) -> order.paymentCaptured("CAPTURE-1", NOW);
			case STOCK_COMMITTED -> (order) -> order.stockCommitted(NOW);
			case CONFIRMED -> (order) -> order.confirmed(NOW);
			case SHIPPED -> (order) -> order.ship("UPS", "1Z-" + UUID.randomUUID(), NOW);
			case DELIVERED -> (order) -> {
				if (order.status() == OrderStatus.DELIVERED) {
					throw OrderStateException.illegalTransition(order.id(), order.status(), OrderStatus.DELIVERED);
				}
				order.deliver(NOW);
			};
			case CANCELLED, FAILED, REFUNDED -> (order) -> order.end(to, "test", NOW);
		};
	}

	/**
	 * An order brought to a status along legal transitions.
	 */
	static Order orderIn(OrderStatus status) {
		Order order = newOrder();
		List<OrderStatus> path = switch (status) {
			case PENDING -> List.of();
			case CART_LOCKED -> List.of(OrderStatus.CART_LOCKED);
			case PAYMENT_PENDING -> List.of(OrderStatus.CART_LOCKED, OrderStatus.PAYMENT_PENDING);
			case PAYMENT_CAPTURED ->
				List.of(OrderStatus.CART_LOCKED, OrderStatus.PAYMENT_PENDING, OrderStatus.PAYMENT_CAPTURED);
			case STOCK_COMMITTED -> List.of(OrderStatus.CART_LOCKED, OrderStatus.PAYMENT_PENDING,
					OrderStatus.PAYMENT_CAPTURED, OrderStatus.STOCK_COMMITTED);
			case CONFIRMED -> List.of(OrderStatus.CART_LOCKED, OrderStatus.PAYMENT_PENDING,
					OrderStatus.PAYMENT_CAPTURED, OrderStatus.STOCK_COMMITTED, OrderStatus.CONFIRMED);
			case SHIPPED -> List.of(OrderStatus.CART_LOCKED, OrderStatus.PAYMENT_PENDING, OrderStatus.PAYMENT_CAPTURED,
					OrderStatus.STOCK_COMMITTED, OrderStatus.CONFIRMED, OrderStatus.SHIPPED);
			case DELIVERED ->
				List.of(OrderStatus.CART_LOCKED, OrderStatus.PAYMENT_PENDING, OrderStatus.PAYMENT_CAPTURED,
						OrderStatus.STOCK_COMMITTED, OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
			case CANCELLED -> List.of(OrderStatus.CANCELLED);
			case FAILED -> List.of(OrderStatus.CART_LOCKED, OrderStatus.PAYMENT_PENDING, OrderStatus.PAYMENT_CAPTURED,
					OrderStatus.FAILED);
			case REFUNDED -> List.of(OrderStatus.CART_LOCKED, OrderStatus.PAYMENT_PENDING, OrderStatus.PAYMENT_CAPTURED,
					OrderStatus.STOCK_COMMITTED, OrderStatus.CONFIRMED, OrderStatus.REFUNDED);
		};
		path.forEach((next) -> transitionTo(next).accept(order));
		assertThat(order.status()).isEqualTo(status);
		return order;
	}

	private static Order newOrder() {
		UUID userId = UUID.randomUUID();
		return Order.place(UUID.randomUUID(), new Customer(userId, "sam@example.com", "Sam"),
				new ShippingAddress(null, null, "Sam", "1 Main Street", null, "Springfield", null, "12345", "US"),
				"standard", false, "USD", NOW);
	}

	private static List<OrderLine> lines() {
		return List.of(new OrderLine(UUID.randomUUID(), "SKU-1", "Widget", 2, new BigDecimal("10.00")),
				new OrderLine(UUID.randomUUID(), "SKU-2", "Gadget", 1, new BigDecimal("25.5")));
	}

}
