package shop.fulfillment.commit;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.common.web.ShopException;
import shop.common.web.ValidationException;
import shop.fulfillment.inventory.Inventory;
import shop.fulfillment.inventory.InventoryRepository;
import shop.fulfillment.inventory.StockChangeNotifier;
import shop.fulfillment.reservation.Reservation;
import shop.fulfillment.reservation.ReservationRepository;

/**
 * Turns a cart's reservations into an order's stock reduction, and puts it back.
 */
@Service
public class StockCommitService {

	private static final Logger log = LoggerFactory.getLogger(StockCommitService.class);

	private final StockCommitRepository commits;

	private final InventoryRepository inventories;

	private final ReservationRepository reservations;

	private final StockChangeNotifier notifier;

	private final Clock clock;

	public StockCommitService(StockCommitRepository commits, InventoryRepository inventories,
			ReservationRepository reservations, StockChangeNotifier notifier, Clock clock) {
		this.commits = commits;
		this.inventories = inventories;
		this.reservations = reservations;
		this.notifier = notifier;
		this.clock = clock;
	}

	/**
	 * In one transaction: takes each line's units off the shelf, first from the cart's
	 * reservation of that product and the rest from free stock, and releases whatever
	 * else the cart held. A second call for the same order answers the first one's commit
	 * and changes nothing.
	 * @throws ShopException 409 {@code OUT_OF_STOCK} (nothing changed) when a line cannot
	 * be covered
	 */
	@Transactional
	public StockCommit commit(UUID orderId, UUID cartId, List<CommittedLine> lines) {
		Map<UUID, Integer> wanted = merge(lines);
		Instant now = this.clock.instant();
		if (this.commits.claim(orderId, cartId, now) == 0) {
			return this.commits.findById(orderId).orElseThrow();
		}
		Set<UUID> products = new TreeSet<>(wanted.keySet());
		this.reservations.findByCart(cartId).forEach((line) -> products.add(line.productId()));
		Map<UUID, Inventory> locked = this.inventories.lockAll(products)
			.stream()
			.collect(Collectors.toMap(Inventory::productId, Function.identity()));
		Map<UUID, Integer> before = new HashMap<>();
		locked.forEach((productId, inventory) -> before.put(productId, StockChangeNotifier.availableOf(inventory)));
		Map<UUID, Reservation> held = this.reservations.lockLines(cartId, locked.keySet())
			.stream()
			.collect(Collectors.toMap(Reservation::productId, Function.identity()));
		StockCommit commit = this.commits.findById(orderId).orElseThrow();
		wanted.forEach((productId, quantity) -> {
			Inventory inventory = locked.get(productId);
			if (inventory == null) {
				throw ShopException
					.conflict("OUT_OF_STOCK", "Out of stock", "No stock is kept for product " + productId)
					.with("productId", productId)
					.with("available", 0);
			}
			Reservation reservation = held.remove(productId);
			int reserved = (reservation != null) ? reservation.quantity() : 0;
			int fromReservation = Math.min(reserved, quantity);
			inventory.commit(fromReservation, quantity - fromReservation, now);
			if (reserved > fromReservation) {
				inventory.release(reserved - fromReservation, now);
			}
			if (reservation != null) {
				this.reservations.delete(reservation);
			}
			commit.addLine(new CommittedLine(productId, quantity));
		});
		held.values().forEach((leftover) -> {
			locked.get(leftover.productId()).release(leftover.quantity(), now);
			this.reservations.delete(leftover);
		});
		locked.values()
			.forEach((inventory) -> this.notifier.notifyIfChanged(inventory, before.get(inventory.productId())));
		log.info("Committed stock of order {} ({} lines) from the reservations of cart {}", orderId, wanted.size(),
				cartId);
		return commit;
	}

	/**
	 * Puts an order's committed stock back on hand, once; later calls change nothing.
	 * @throws ShopException 404 {@code NOTHING_COMMITTED} when no stock was committed for
	 * the order
	 */
	@Transactional
	public StockCommit restore(UUID orderId) {
		StockCommit commit = this.commits.lock(orderId)
			.orElseThrow(() -> new ShopException(HttpStatus.NOT_FOUND, "NOTHING_COMMITTED", "Nothing committed",
					"No stock was committed for order " + orderId));
		Instant now = this.clock.instant();
		if (!commit.restore(now)) {
			return commit;
		}
		Map<UUID, Integer> quantities = commit.lines()
			.stream()
			.collect(Collectors.toMap(CommittedLine::productId, CommittedLine::quantity));
		for (Inventory inventory : this.inventories.lockAll(quantities.keySet())) {
			int before = StockChangeNotifier.availableOf(inventory);
			inventory.restore(quantities.get(inventory.productId()), now);
			this.notifier.notifyIfChanged(inventory, before);
		}
		log.info("Restored the stock of order {} ({} lines)", orderId, quantities.size());
		return commit;
	}

	private static Map<UUID, Integer> merge(List<CommittedLine> lines) {
		if (lines.isEmpty()) {
			throw ValidationException.of("lines", "must not be empty");
		}
		Map<UUID, Integer> merged = new TreeMap<>();
		for (CommittedLine line : lines) {
			if (line.quantity() <= 0) {
				throw ValidationException.of("lines", "every quantity must be at least 1");
			}
			merged.merge(line.productId(), line.quantity(), Integer::sum);
		}
		return merged;
	}

}
