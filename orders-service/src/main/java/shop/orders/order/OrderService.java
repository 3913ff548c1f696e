package shop.orders.order;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.common.web.PageQuery;
import shop.common.web.ShopException;

/**
 * Reads of orders (the shopper's history, one order, the admin list, rating eligibility)
 * and the shipping operations of admins. Checkout, confirmation and cancellation belong
 * to the checkout saga.
 */
@Service
public class OrderService {

	private static final Logger log = LoggerFactory.getLogger(OrderService.class);

	private static final Sort HISTORY_ORDER = Sort.by(Sort.Order.desc("deliveryDate").nullsLast(),
			Sort.Order.desc("createdAt"));

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"));

	private final OrderRepository orders;

	private final Clock clock;

	public OrderService(OrderRepository orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * One of the user's orders; another user's order is not found.
	 */
	@Transactional(readOnly = true)
	public OrderDetails order(UUID userId, UUID orderId) {
		return OrderDetails.of(this.orders.findByIdAndUserId(orderId, userId)
			.orElseThrow(() -> ShopException.notFound("Order", orderId)));
	}

	/**
	 * Any order, for the services that answer for it.
	 */
	@Transactional(readOnly = true)
	public OrderDetails order(UUID orderId) {
		return OrderDetails
			.of(this.orders.findById(orderId).orElseThrow(() -> ShopException.notFound("Order", orderId)));
	}

	/**
	 * The orders the user placed, latest delivery date first.
	 */
	@Transactional(readOnly = true)
	public Page<OrderDetails> history(UUID userId, PageQuery page) {
		return this.orders.findByUserIdAndPlacedAtIsNotNull(userId, page.pageable(HISTORY_ORDER)).map(OrderDetails::of);
	}

	/**
	 * Every order in a status (or every order), newest first.
	 */
	@Transactional(readOnly = true)
	public Page<OrderDetails> byStatus(OrderStatus status, PageQuery page) {
		Page<Order> found = (status != null) ? this.orders.findByStatus(status, page.pageable(NEWEST_FIRST))
				: this.orders.findAll(page.pageable(NEWEST_FIRST));
		return found.map(OrderDetails::of);
	}

	@Transactional
	public OrderDetails ship(UUID orderId, String carrier, String trackingNumber) {
		Order order = this.orders.lockById(orderId).orElseThrow(() -> ShopException.notFound("Order", orderId));
		if (order.ship(carrier, trackingNumber, this.clock.instant())) {
			log.info("Order {} shipped with {} ({})", orderId, carrier, trackingNumber);
			this.orders.save(order);
		}
		return OrderDetails.of(order);
	}

	@Transactional
	public OrderDetails deliver(UUID orderId) {
		Order order = this.orders.lockById(orderId).orElseThrow(() -> ShopException.notFound("Order", orderId));
		if (order.deliver(this.clock.instant())) {
			log.info("Order {} delivered", orderId);
			this.orders.save(order);
		}
		return OrderDetails.of(order);
	}

	/**
	 * Whether {@code userId} may rate {@code productId} of the order.
	 */
	@Transactional(readOnly = true)
	public RatingEligibility ratingEligibility(UUID orderId, UUID userId, UUID productId) {
		Order order = this.orders.findById(orderId).orElseThrow(() -> ShopException.notFound("Order", orderId));
		boolean owned = order.userId().equals(userId);
		boolean contains = order.snapshot().items().stream().anyMatch((line) -> line.productId().equals(productId));
		boolean delivered = order.status() == OrderStatus.DELIVERED;
		return new RatingEligibility(orderId, owned, order.status(), contains, owned && contains && delivered);
	}

}
