package shop.cart.cart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import shop.cart.CartProperties;
import shop.common.web.ShopException;

/**
 * The shopper's cart and the checkout's hold on it.
 * <p>
 * A change that touches stock runs as two transactions around the call to
 * fulfillment-service: the first notes a {@link ReservationIntent} and commits, the
 * second row-locks the cart, checks the change, sets the reservation, applies the change
 * and removes the intent. The row lock makes concurrent changes of one cart run one after
 * the other, so no update is lost and reservations are set in the order the lines change.
 * When the second transaction fails after the reservation changed, the reservation is set
 * back to what the cart holds; when that fails too (or the process dies), the intent
 * stays behind and {@link CartReconciler} repairs it.
 * <p>
 * This is why the methods here manage their transactions with a
 * {@link TransactionTemplate} rather than one {@code @Transactional}: the intent must be
 * committed before the remote call, and the repair must run after a rollback.
 */
@Service
public class CartService {

	private static final Logger log = LoggerFactory.getLogger(CartService.class);

	private final CartRepository carts;

	private final ReservationIntentRepository intents;

	private final StockReservations reservations;

	private final ProductLookup products;

	private final CartReconciler reconciler;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	private final Clock clock;

	private final CartLimits limits;

	private final Duration reservationTtl;

	private final Duration renewInterval;

	private final String currency;

	CartService(CartRepository carts, ReservationIntentRepository intents, StockReservations reservations,
			ProductLookup products, CartReconciler reconciler, PlatformTransactionManager transactionManager,
			Clock clock, CartProperties properties) {
		this.carts = carts;
		this.intents = intents;
		this.reservations = reservations;
		this.products = products;
		this.reconciler = reconciler;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.clock = clock;
		this.limits = new CartLimits(properties.maxLines(), properties.maxQuantity());
		this.reservationTtl = properties.reservationTtl();
		this.renewInterval = properties.renewInterval();
		this.currency = properties.currency();
	}

	/**
	 * The user's active cart (a new empty one when there is none), with current prices,
	 * stock and warnings. Viewing the cart is activity: it renews the reservations when
	 * they are due.
	 */
	public CartView view(UUID userId) {
		UUID cartId = activeCartId(userId);
		renewIfDue(cartId);
		Cart cart = this.reads.execute((status) -> {
			return this.carts.findById(cartId).orElseThrow(() -> CartProblems.cartNotFound(cartId)).withItemsLoaded();
		});
		List<UUID> productIds = cart.items().stream().map(CartItem::productId).toList();
		Optional<Map<UUID, Money>> prices = this.products.currentPrices(productIds);
		Optional<Map<UUID, ProductLookup.Product>> catalog = this.products.describe(productIds);
		Optional<Map<UUID, ProductLookup.Stock>> stock = this.products.stock(productIds);
		List<CartView.CartLine> lines = new ArrayList<>();
		List<CartView.CartWarning> warnings = new ArrayList<>();
		Money subtotal = Money.zero(cart.items().isEmpty() ? this.currency : currencyOf(cart.items()));
		for (CartItem item : cart.items()) {
			Money current = prices.map((found) -> found.get(item.productId())).orElse(null);
			ProductLookup.Product product = catalog.map((found) -> found.get(item.productId())).orElse(null);
			CartView.CartLine line = CartView.CartLine.of(item, (product != null) ? product.name() : null, current);
			lines.add(line);
			subtotal = subtotal.plus(line.lineTotal());
			warnings.addAll(warningsFor(item, line, prices, catalog, stock));
		}
		return new CartView(cart.id(), cart.status(), List.copyOf(lines), subtotal, List.copyOf(warnings));
	}

	/**
	 * Adds units of a product to the user's cart: locks today's price for a new line,
	 * adds to the line the product already has, and reserves the new quantity first.
	 */
	public CartView.CartLine addItem(UUID userId, UUID productId, int quantity) {
		ProductLookup.Product product = this.products.require(productId);
		Money price = this.products.requirePrice(productId);
		Prepared prepared = prepare(userId, (cart) -> productId);
		return changeReservation(prepared, (cart, change) -> {
			int target = cart.quantityAfterAdding(productId, quantity, this.limits);
			change.set(cart.id(), productId, target);
			CartItem item = cart.add(productId, quantity, price, product.sku(), product.name(), this.limits, now());
			return CartView.CartLine.of(item, product.name(), price);
		});
	}

	/**
	 * Sets a line of the user's cart to a new quantity and its reservation with it.
	 */
	public CartView.CartLine changeQuantity(UUID userId, UUID itemId, int quantity) {
		Prepared prepared = prepare(userId,
				(cart) -> cart.checkQuantityChange(itemId, quantity, this.limits).productId());
		CartItem changed = changeReservation(prepared, (cart, change) -> {
			CartItem item = cart.checkQuantityChange(itemId, quantity, this.limits);
			change.set(cart.id(), item.productId(), quantity);
			return cart.changeQuantity(itemId, quantity, this.limits, now());
		});
		Money current = this.products.currentPrices(List.of(changed.productId()))
			.map((prices) -> prices.get(changed.productId()))
			.orElse(null);
		return CartView.CartLine.of(changed, null, current);
	}

	/**
	 * Removes a line from the user's cart and releases its reservation.
	 */
	public void removeItem(UUID userId, UUID itemId) {
		Prepared prepared = prepare(userId, (cart) -> cart.checkRemoval(itemId).productId());
		changeReservation(prepared, (cart, change) -> {
			CartItem item = cart.checkRemoval(itemId);
			change.set(cart.id(), item.productId(), 0);
			cart.remove(itemId, now());
			return item;
		});
	}

	/**
	 * Empties the user's cart and releases all its reservations.
	 */
	public void empty(UUID userId) {
		Prepared prepared = prepare(userId, (cart) -> {
			cart.checkChangeable();
			return null;
		});
		changeReservation(prepared, (cart, change) -> {
			cart.checkChangeable();
			if (!cart.items().isEmpty()) {
				change.releaseAll(cart.id());
			}
			cart.empty(now());
			return cart;
		});
	}

	/**
	 * Locks the user's cart for an order's checkout and renews its reservations for the
	 * approval window. Repeating it for the same order answers the same cart.
	 */
	public LockedCart lockForCheckout(UUID userId, UUID orderId) {
		Optional<UUID> alreadyLocked = this.reads.execute((status) -> this.carts.findByLockedBy(orderId)
			.filter((cart) -> cart.userId().equals(userId))
			.map(Cart::id));
		UUID cartId = alreadyLocked.orElseGet(() -> activeCartId(userId));
		Cart cart = this.transactions.execute((status) -> {
			Cart locked = this.carts.lock(cartId).orElseThrow(() -> CartProblems.cartNotFound(cartId));
			if (locked.status() == CartStatus.CHECKED_OUT) {
				return locked.withItemsLoaded();
			}
			boolean wasLocked = locked.status() == CartStatus.LOCKED;
			locked.lockFor(orderId, now());
			if (!wasLocked && this.reservations.renew(locked.id())) {
				locked.reservationsRenewed(now(), this.reservationTtl);
			}
			Cart loaded = locked.withItemsLoaded();
			if (!wasLocked) {
				log.info("Cart {} locked for checkout of order {} ({} lines)", locked.id(), orderId,
						loaded.items().size());
			}
			return loaded;
		});
		List<UUID> productIds = cart.items().stream().map(CartItem::productId).toList();
		Map<UUID, Money> prices = this.products.currentPrices(productIds)
			.orElseThrow(() -> CartProblems.unavailable("pricing-service"));
		Map<UUID, ProductLookup.Product> catalog = this.products.describe(productIds).orElse(Map.of());
		List<LockedCart.Line> lines = cart.items().stream().map((item) -> {
			ProductLookup.Product product = catalog.get(item.productId());
			return new LockedCart.Line(item.productId(), (product != null) ? product.sku() : item.sku(),
					(product != null) ? product.name() : item.name(), item.quantity(), item.lockedPrice(),
					prices.get(item.productId()));
		}).toList();
		return new LockedCart(cart.id(), cart.status(), orderId, lines);
	}

	/**
	 * Ends an order's lock on a cart; a no-op when that order does not hold it. The
	 * reopened cart's reservations are renewed now or on its next activity.
	 */
	public CartStatusView unlock(UUID cartId, UUID orderId) {
		return this.transactions.execute((status) -> {
			Cart cart = this.carts.lock(cartId).orElseThrow(() -> CartProblems.cartNotFound(cartId));
			boolean unlocked = cart.unlock(orderId, now(), this.reservationTtl);
			if (unlocked && (cart.items().isEmpty() || this.reservations.renew(cart.id()))) {
				cart.reservationsRenewed(now(), this.reservationTtl);
			}
			if (unlocked) {
				log.info("Cart {} unlocked: the checkout of order {} was undone", cart.id(), orderId);
			}
			return new CartStatusView(cart.id(), cart.status());
		});
	}

	/**
	 * Closes a cart for the order that locked it; the user's next request starts a new
	 * cart. Its reservations stay: the order turns them into a stock reduction.
	 */
	public CartStatusView checkOut(UUID cartId, UUID orderId) {
		return this.transactions.execute((status) -> {
			Cart cart = this.carts.lock(cartId).orElseThrow(() -> CartProblems.cartNotFound(cartId));
			boolean open = cart.status() != CartStatus.CHECKED_OUT;
			cart.checkOut(orderId, now());
			if (open) {
				log.info("Cart {} checked out by order {}", cart.id(), orderId);
			}
			return new CartStatusView(cart.id(), cart.status());
		});
	}

	/**
	 * What the shopper should know about a line; a product that cannot be checked out
	 * (deleted, without a price, or with less stock on hand than the line holds) gets
	 * only that warning. Facts a service could not tell are left out.
	 */
	private static List<CartView.CartWarning> warningsFor(CartItem item, CartView.CartLine line,
			Optional<Map<UUID, Money>> prices, Optional<Map<UUID, ProductLookup.Product>> catalog,
			Optional<Map<UUID, ProductLookup.Stock>> stock) {
		List<CartView.CartWarning> warnings = new ArrayList<>();
		UUID productId = item.productId();
		boolean deleted = catalog.map((found) -> found.get(productId))
			.map((product) -> !product.active())
			.orElse(catalog.isPresent());
		boolean unpriced = prices.isPresent() && line.currentPrice() == null;
		Optional<ProductLookup.Stock> level = stock.map((found) -> found.get(productId));
		boolean notStocked = stock.isPresent() && level.map((found) -> found.onHand() < item.quantity()).orElse(true);
		if (deleted || unpriced || notStocked) {
			String why = deleted ? "is no longer sold" : unpriced ? "has no price right now" : "is out of stock";
			warnings.add(new CartView.CartWarning(CartView.CartWarning.PRODUCT_UNAVAILABLE, productId,
					"'" + line.name() + "' " + why + " and cannot be checked out"));
			return warnings;
		}
		if (line.priceChanged()) {
			warnings.add(new CartView.CartWarning(CartView.CartWarning.PRICE_CHANGED, productId,
					"The price of '" + line.name() + "' changed from " + describe(line.lockedPrice()) + " to "
							+ describe(line.currentPrice())));
		}
		if (level.map(ProductLookup.Stock::low).orElse(false)) {
			warnings.add(new CartView.CartWarning(CartView.CartWarning.STOCK_LOW, productId,
					"Only a few units of '" + line.name() + "' are left"));
		}
		return warnings;
	}

	private static String currencyOf(List<CartItem> items) {
		return items.getFirst().lockedPrice().currency();
	}

	private static String describe(Money money) {
		return money.plainAmount() + " " + money.currency();
	}

	/**
	 * The user's active cart: a new one when there is none, or when the open one has
	 * expired (whose reservations are then released).
	 */
	private UUID activeCartId(UUID userId) {
		Instant now = now();
		Optional<UUID> current = this.reads
			.execute((status) -> this.carts.findActive(userId).filter((cart) -> !cart.hasExpired(now)).map(Cart::id));
		return current.orElseGet(() -> openCart(userId, null).cartId());
	}

	/**
	 * Notes the intent to change a line (or, for a {@code null} product, the whole cart)
	 * of the user's active cart, opening a cart first when needed.
	 * @param productOf checks the change against the cart and names the line it changes
	 */
	private Prepared prepare(UUID userId, Function<Cart, UUID> productOf) {
		return openCart(userId, productOf);
	}

	/**
	 * Finds or opens the user's active cart, expiring an open cart whose reservations ran
	 * out (and releasing them after the commit), and notes a reservation intent when a
	 * change is about to follow.
	 * @param productOf for a change: checks it and names its line; {@code null} when no
	 * change follows
	 */
	private Prepared openCart(UUID userId, Function<Cart, UUID> productOf) {
		for (int attempt = 1;; attempt++) {
			try {
				Prepared prepared = this.transactions.execute((status) -> {
					Instant now = now();
					UUID expired = null;
					Cart cart = this.carts.lockActive(userId).orElse(null);
					if (cart != null && cart.hasExpired(now)) {
						cart.expire(now);
						this.carts.flush();
						expired = cart.id();
						this.intents.save(ReservationIntent.forWholeCart(expired, now));
						cart = null;
					}
					if (cart == null) {
						cart = this.carts.saveAndFlush(Cart.open(userId, now, this.reservationTtl));
					}
					if (productOf == null) {
						return new Prepared(cart.id(), null, expired);
					}
					UUID productId = productOf.apply(cart);
					ReservationIntent intent = (productId != null)
							? ReservationIntent.forLine(cart.id(), productId, now)
							: ReservationIntent.forWholeCart(cart.id(), now);
					return new Prepared(cart.id(), this.intents.save(intent).id(), expired);
				});
				if (prepared.expiredCartId() != null) {
					this.reconciler.releaseExpired(prepared.expiredCartId());
				}
				return prepared;
			}
			catch (DataIntegrityViolationException ex) {
				if (attempt >= 3) {
					throw ex;
				}
				log.debug("Another request opened the cart of user {} at the same time; using it", userId);
			}
		}
	}

	private <T> T changeReservation(Prepared prepared, ReservationWork<T> work) {
		ReservationChange change = new ReservationChange(this.reservations);
		try {
			return this.transactions.execute((status) -> {
				Cart cart = this.carts.lock(prepared.cartId())
					.orElseThrow(() -> CartProblems.cartNotFound(prepared.cartId()));
				T result = work.apply(cart, change);
				if (cart.renewalDue(now(), this.renewInterval)
						&& (cart.items().isEmpty() || this.reservations.renew(cart.id()))) {
					cart.reservationsRenewed(now(), this.reservationTtl);
				}
				this.intents.deleteById(prepared.intentId());
				return result;
			});
		}
		catch (RuntimeException ex) {
			settle(prepared, change.made());
			throw ex;
		}
	}

	/**
	 * After a failed change: without a reservation call the intent is simply dropped;
	 * after one, the reservation is set back to what the cart holds.
	 */
	private void settle(Prepared prepared, boolean reservationChanged) {
		try {
			if (reservationChanged) {
				this.reconciler.repair(prepared.intentId());
			}
			else {
				this.transactions.executeWithoutResult((status) -> this.intents.deleteById(prepared.intentId()));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Cart {} may disagree with its reservations until the reconciliation job repairs it: {}",
					prepared.cartId(), ex.toString());
		}
	}

	private void renewIfDue(UUID cartId) {
		Optional<Boolean> due = this.reads.execute((status) -> this.carts.findById(cartId)
			.map((cart) -> cart.status() == CartStatus.OPEN && cart.renewalDue(now(), this.renewInterval)));
		if (due.orElse(false)) {
			this.transactions.executeWithoutResult((status) -> this.carts.lock(cartId).ifPresent((cart) -> {
				if (cart.renewalDue(now(), this.renewInterval)
						&& (cart.items().isEmpty() || this.reservations.renew(cart.id()))) {
					cart.reservationsRenewed(now(), this.reservationTtl);
				}
			}));
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private record Prepared(UUID cartId, UUID intentId, UUID expiredCartId) {
	}

	@FunctionalInterface
	private interface ReservationWork<T> {

		T apply(Cart cart, ReservationChange change);

	}

	/**
	 * The reservation calls of one change, remembering whether one was made.
	 */
	private static final class ReservationChange {

		private final StockReservations reservations;

		private boolean made;

		ReservationChange(StockReservations reservations) {
			this.reservations = reservations;
		}

		/**
		 * Sets a reservation; a refusal (out of stock) changed nothing in fulfillment, a
		 * timeout or outage may have changed it.
		 */
		void set(UUID cartId, UUID productId, int quantity) {
			this.made = true;
			try {
				this.reservations.set(cartId, productId, quantity);
			}
			catch (ShopException ex) {
				if (ex.status().is4xxClientError()) {
					this.made = false;
				}
				throw ex;
			}
		}

		void releaseAll(UUID cartId) {
			this.made = true;
			this.reservations.releaseAll(cartId);
		}

		boolean made() {
			return this.made;
		}

	}

}
