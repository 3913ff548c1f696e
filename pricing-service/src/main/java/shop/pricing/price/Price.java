package shop.pricing.price;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The current price of a product in one currency.
 */
@Entity
@Table(name = "prices")
public class Price {

	@EmbeddedId
	private PriceKey key;

	private BigDecimal amount;

	private Instant updatedAt;

	private UUID updatedBy;

	@Version
	private long version;

	protected Price() {
	}

	/**
	 * Changes the amount. Setting the amount it already has changes nothing.
	 * @param money the new amount, in this price's currency
	 * @param by the admin
	 * @param now the clock's time
	 * @return the change, empty when the amount stays the same
	 */
	Optional<PriceChanged> change(Money money, UUID by, Instant now) {
		if (!money.currency().equals(this.key.currency())) {
			throw new IllegalArgumentException(
					"A price in " + this.key.currency() + " cannot be set in " + money.currency());
		}
		if (this.amount.compareTo(money.amount()) == 0) {
			return Optional.empty();
		}
		BigDecimal old = this.amount;
		this.amount = money.amount();
		this.updatedBy = by;
		// strictly later than the previous change, so that receivers ordering by time
		// never take this change for an older one
		Instant later = this.updatedAt.plus(1, ChronoUnit.MICROS);
		this.updatedAt = now.isAfter(later) ? now.truncatedTo(ChronoUnit.MICROS) : later;
		return Optional
			.of(new PriceChanged(this.key.productId(), this.key.currency(), old, this.amount, by, this.updatedAt));
	}

	public UUID productId() {
		return this.key.productId();
	}

	public String currency() {
		return this.key.currency();
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public UUID updatedBy() {
		return this.updatedBy;
	}

}
