package shop.fulfillment.reservation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.common.util.Ids;
import shop.common.web.ShopException;
import shop.common.web.ValidationException;
import shop.fulfillment.FulfillmentProperties;
import shop.fulfillment.inventory.Inventory;
import shop.fulfillment.inventory.InventoryRepository;
import shop.fulfillment.inventory.StockChangeNotifier;

/**
 * Reserves, adjusts, renews and releases stock for cart lines.
 */
@Service
public class ReservationService {

	private static final Logger log = LoggerFactory.getLogger(ReservationService.class);

	private final ReservationRepository reservations;

	private final InventoryRepository inventories;

	private final StockChangeNotifier notifier;

	private final FulfillmentProperties properties;

	private final Clock clock;

	public ReservationService(ReservationRepository reservations, InventoryRepository inventories,
			StockChangeNotifier notifier, FulfillmentProperties properties, Clock clock) {
		this.reservations = reservations;
		this.inventories = inventories;
		this.notifier = notifier;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sets the units held for a cart line to exactly {@code quantity} ({@code 0} releases
	 * the line) and restarts its expiry.
	 * @param ttl how long to hold, the configured default when {@code null}
	 * @throws ShopException 409 {@code OUT_OF_STOCK} when the extra units are not
	 * available, 404 {@code PRODUCT_NOT_STOCKED} when no stock is kept for the product
	 */
	@Transactional
	public ReservedLine reserve(UUID cartId, UUID productId, int quantity, Duration ttl) {
		if (quantity < 0) {
			throw ValidationException.of("quantity", "must be greater than or equal to 0");
		}
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(holdFor(ttl)).truncatedTo(ChronoUnit.MICROS);
		Inventory inventory = this.inventories.lock(productId).orElseThrow(() -> Inventory.notStocked(productId));
		int before = StockChangeNotifier.availableOf(inventory);
		Reservation line = this.reservations.findLine(cartId, productId).orElse(null);
		int held = (line != null) ? line.quantity() : 0;
		if (quantity > held) {
			inventory.reserve(quantity - held, now);
		}
		else if (quantity < held) {
			inventory.release(held - quantity, now);
		}
		if (quantity == 0) {
			if (line != null) {
				this.reservations.delete(line);
			}
		}
		else if (line != null) {
			line.change(quantity, expiresAt, now);
		}
		else {
			this.reservations.save(new Reservation(Ids.newId(this.clock), cartId, productId, quantity, expiresAt, now));
		}
		this.notifier.notifyIfChanged(inventory, before);
		return new ReservedLine(cartId, productId, quantity, expiresAt);
	}

	/**
	 * Releases every reservation of a cart; releasing a cart without reservations does
	 * nothing.
	 */
	@Transactional
	public void releaseCart(UUID cartId) {
		List<UUID> products = this.reservations.findByCart(cartId).stream().map(Reservation::productId).toList();
		if (products.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		Map<UUID, Inventory> inventories = byProduct(this.inventories.lockAll(products));
		Map<UUID, Integer> before = availability(inventories);
		int released = 0;
		for (Reservation line : this.reservations.lockLines(cartId, products)) {
			inventories.get(line.productId()).release(line.quantity(), now);
			this.reservations.delete(line);
			released++;
		}
		inventories.values()
			.forEach((inventory) -> this.notifier.notifyIfChanged(inventory, before.get(inventory.productId())));
		log.info("Released the reservations of cart {} ({} lines)", cartId, released);
	}

	/**
	 * Extends the hold of every reservation of a cart.
	 * @return when they now expire
	 */
	@Transactional
	public Instant renew(UUID cartId, Duration ttl) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(holdFor(ttl)).truncatedTo(ChronoUnit.MICROS);
		this.reservations.renew(cartId, expiresAt, now);
		return expiresAt;
	}

	/**
	 * Releases up to about {@code limit} products' worth of expired reservations. Rows
	 * another instance is working on are skipped, so several instances may run this at
	 * the same time.
	 * @return the number of reservations released
	 */
	@Transactional
	public int releaseExpired(int limit) {
		Instant now = this.clock.instant();
		List<UUID> products = this.reservations.productsWithExpired(now, limit);
		if (products.isEmpty()) {
			return 0;
		}
		Map<UUID, Inventory> inventories = byProduct(this.inventories.lockAllSkippingLocked(products));
		if (inventories.isEmpty()) {
			return 0;
		}
		Map<UUID, Integer> before = availability(inventories);
		List<Reservation> expired = this.reservations.lockExpired(inventories.keySet(), now);
		for (Reservation line : expired) {
			inventories.get(line.productId()).release(line.quantity(), now);
			this.reservations.delete(line);
		}
		inventories.values()
			.forEach((inventory) -> this.notifier.notifyIfChanged(inventory, before.get(inventory.productId())));
		return expired.size();
	}

	private Duration holdFor(Duration ttl) {
		if (ttl == null) {
			return this.properties.reservationTtl();
		}
		if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(this.properties.maxReservationTtl()) > 0) {
			throw ValidationException.of("ttlSeconds",
					"must be between 1 and " + this.properties.maxReservationTtl().toSeconds());
		}
		return ttl;
	}

	private static Map<UUID, Inventory> byProduct(List<Inventory> inventories) {
		return inventories.stream().collect(Collectors.toMap(Inventory::productId, Function.identity()));
	}

	private static Map<UUID, Integer> availability(Map<UUID, Inventory> inventories) {
		Map<UUID, Integer> available = new HashMap<>();
		inventories
			.forEach((productId, inventory) -> available.put(productId, StockChangeNotifier.availableOf(inventory)));
		return available;
	}

	/**
	 * A cart line's reservation as it now stands.
	 *
	 * @param cartId the cart
	 * @param productId the product
	 * @param quantity the units held, {@code 0} when released
	 * @param expiresAt when the hold ends unless renewed
	 */
	public record ReservedLine(UUID cartId, UUID productId, int quantity, Instant expiresAt) {

	}

}
