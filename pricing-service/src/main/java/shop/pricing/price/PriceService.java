package shop.pricing.price;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.common.util.Ids;
import shop.common.web.ShopException;
import shop.common.web.ValidationException;
import shop.pricing.PricingProperties;
import shop.pricing.client.CatalogProducts;

/**
 * Sets prices, keeps their history and answers lookups.
 */
@Service
public class PriceService {

	private final PriceRepository prices;

	private final PriceHistoryRepository history;

	private final PriceChangeNotifier notifier;

	private final CatalogProducts catalog;

	private final PricingProperties properties;

	private final Clock clock;

	public PriceService(PriceRepository prices, PriceHistoryRepository history, PriceChangeNotifier notifier,
			CatalogProducts catalog, PricingProperties properties, Clock clock) {
		this.prices = prices;
		this.history = history;
		this.notifier = notifier;
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sets the price of a product in a currency; repeating the same price changes
	 * nothing. The change is recorded in the history and sent to catalog's read model.
	 * @throws ValidationException for a negative amount or a currency that is not ISO
	 * 4217
	 * @throws ShopException 404 when catalog does not sell the product
	 */
	@Transactional
	public Price setPrice(UUID productId, BigDecimal amount, String currency, UUID changedBy) {
		Money money = Money.of(amount, currency);
		if (!this.catalog.isActive(productId)) {
			throw new ShopException(HttpStatus.NOT_FOUND, "PRODUCT_NOT_FOUND", "Product not found",
					"Product " + productId + " does not exist");
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		PriceKey key = new PriceKey(productId, money.currency());
		Optional<PriceChanged> change;
		if (this.prices.createIfAbsent(productId, money.currency(), money.amount(), now, changedBy) == 1) {
			change = Optional.of(new PriceChanged(productId, money.currency(), null, money.amount(), changedBy, now));
		}
		else {
			change = this.prices.findForUpdate(key).orElseThrow().change(money, changedBy, now);
		}
		change.ifPresent((changed) -> {
			this.history.save(new PriceHistoryEntry(Ids.newId(this.clock), changed));
			this.notifier.notify(changed);
		});
		return this.prices.findById(key).orElseThrow();
	}

	/**
	 * The prices of up to {@code batchLimit} products in one currency (the default one
	 * when none is named); products without a price are left out.
	 */
	@Transactional(readOnly = true)
	public List<Price> lookup(Collection<UUID> productIds, String currency) {
		if (productIds.size() > this.properties.batchLimit()) {
			throw ValidationException.of("productIds", "must contain at most " + this.properties.batchLimit() + " ids");
		}
		String code = (currency != null) ? currency : this.properties.defaultCurrency();
		if (Money.currency(code) == null) {
			throw ValidationException.of("currency", "must be an ISO 4217 currency code such as USD");
		}
		if (productIds.isEmpty()) {
			return List.of();
		}
		return this.prices.findAllIn(productIds, Money.currency(code).getCurrencyCode());
	}

	@Transactional(readOnly = true)
	public List<Price> currentPrices(UUID productId) {
		return this.prices.findByProduct(productId);
	}

	@Transactional(readOnly = true)
	public Page<PriceHistoryEntry> history(UUID productId, Pageable pageable) {
		return this.history.findByProduct(productId, pageable);
	}

}
