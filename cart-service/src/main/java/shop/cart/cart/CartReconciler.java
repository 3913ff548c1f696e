package shop.cart.cart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import shop.cart.CartProperties;
import shop.common.web.ShopException;

/**
 * Keeps fulfillment's reservations in agreement with the carts when the normal path could
 * not: it repairs the lines that a crash or a failed change left behind (their
 * {@link ReservationIntent}s), by setting each reservation to exactly what the cart
 * holds, and it expires open carts whose reservations ran out, releasing what they held.
 * Safe with several instances: each cart and intent is taken with
 * {@code FOR UPDATE SKIP LOCKED}, and a cart a shopper is changing is left for the next
 * run.
 */
@Component
public class CartReconciler {

	private static final Logger log = LoggerFactory.getLogger(CartReconciler.class);

	private final CartRepository carts;

	private final ReservationIntentRepository intents;

	private final StockReservations reservations;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration intentGrace;

	private final int batchSize;

	CartReconciler(CartRepository carts, ReservationIntentRepository intents, StockReservations reservations,
			PlatformTransactionManager transactionManager, Clock clock, CartProperties properties) {
		this.carts = carts;
		this.intents = intents;
		this.reservations = reservations;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.intentGrace = properties.reconciliation().intentGrace();
		this.batchSize = properties.reconciliation().batchSize();
	}

	/**
	 * Repairs the reservations of intents older than the grace period, which no running
	 * change will remove any more.
	 * @return how many were repaired
	 */
	public int repairLeftBehind() {
		Instant before = this.clock.instant().minus(this.intentGrace);
		List<UUID> ids = this.transactions.execute((status) -> this.intents.findOlderThan(before, this.batchSize));
		int repaired = 0;
		for (UUID id : ids) {
			try {
				if (repair(id)) {
					repaired++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not repair reservation intent {} yet: {}", id, ex.toString());
			}
		}
		return repaired;
	}

	/**
	 * Expires open carts idle past their reservations' expiry and releases their
	 * reservations.
	 * @return how many carts expired
	 */
	public int expireIdleCarts() {
		Instant now = this.clock.instant();
		List<UUID> ids = this.transactions.execute((status) -> this.carts.findExpired(now, this.batchSize));
		int expired = 0;
		for (UUID id : ids) {
			try {
				Boolean done = this.transactions.execute((status) -> {
					Optional<Cart> cart = this.carts.lockUnlessBusy(id).filter((found) -> found.hasExpired(now));
					cart.ifPresent((found) -> {
						this.reservations.releaseAll(found.id());
						found.expire(now);
					});
					return cart.isPresent();
				});
				if (Boolean.TRUE.equals(done)) {
					expired++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not expire cart {} yet: {}", id, ex.toString());
			}
		}
		return expired;
	}

	/**
	 * Makes fulfillment agree with the cart an intent names, then drops the intent: an
	 * active cart's lines get exactly their quantity reserved (a line no longer in the
	 * cart gets 0), an expired cart's reservations are released, and a checked-out cart's
	 * are left to its order.
	 * @return whether the intent was settled (false when the cart or intent was busy)
	 */
	boolean repair(UUID intentId) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			ReservationIntent intent = this.intents.lockUnlessBusy(intentId).orElse(null);
			if (intent == null) {
				return false;
			}
			if (this.carts.existsById(intent.cartId())) {
				Cart cart = this.carts.lockUnlessBusy(intent.cartId()).orElse(null);
				if (cart == null) {
					return false;
				}
				reassert(cart, intent.productId());
			}
			this.intents.delete(intent);
			return true;
		}));
	}

	/**
	 * Releases the reservations of a cart that just expired and drops its intent; when
	 * fulfillment cannot be reached the intent stays for the job.
	 */
	void releaseExpired(UUID cartId) {
		try {
			this.reservations.releaseAll(cartId);
			this.transactions.executeWithoutResult((status) -> this.intents.deleteWholeCart(cartId));
		}
		catch (RuntimeException ex) {
			log.warn("The reservations of expired cart {} are released by the reconciliation job: {}", cartId,
					ex.toString());
		}
	}

	private void reassert(Cart cart, UUID productId) {
		if (!cart.isActive() && cart.status() != CartStatus.CHECKED_OUT) {
			this.reservations.releaseAll(cart.id());
			return;
		}
		switch (cart.status()) {
			case OPEN, LOCKED -> {
				if (productId == null) {
					cart.items().forEach((item) -> reserve(cart, item.productId(), item.quantity()));
				}
				else {
					reserve(cart, productId, cart.line(productId).map(CartItem::quantity).orElse(0));
				}
			}
			case CHECKED_OUT -> log.debug("Cart {} was checked out; its order owns its stock", cart.id());
			case EXPIRED -> this.reservations.releaseAll(cart.id());
		}
	}

	private void reserve(Cart cart, UUID productId, int quantity) {
		try {
			this.reservations.set(cart.id(), productId, quantity);
		}
		catch (ShopException ex) {
			if (!"OUT_OF_STOCK".equals(ex.code())) {
				throw ex;
			}
			log.warn("Cart {} holds {} of product {} but fulfillment cannot reserve them any more", cart.id(), quantity,
					productId);
		}
	}

}
