package shop.pricing.price;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One change of a price, kept for ever: who, when, from what, to what.
 */
@Entity
@Table(name = "price_history")
public class PriceHistoryEntry {

	@Id
	private UUID id;

	private UUID productId;

	@Column(length = 3)
	@JdbcTypeCode(SqlTypes.CHAR)
	private String currency;

	private BigDecimal oldAmount;

	private BigDecimal newAmount;

	private UUID changedBy;

	private Instant changedAt;

	protected PriceHistoryEntry() {
	}

	PriceHistoryEntry(UUID id, PriceChanged change) {
		this.id = id;
		this.productId = change.productId();
		this.currency = change.currency();
		this.oldAmount = change.oldAmount();
		this.newAmount = change.newAmount();
		this.changedBy = change.changedBy();
		this.changedAt = change.changedAt();
	}

	public UUID productId() {
		return this.productId;
	}

	public String currency() {
		return this.currency;
	}

	public BigDecimal oldAmount() {
		return this.oldAmount;
	}

	public BigDecimal newAmount() {
		return this.newAmount;
	}

	public UUID changedBy() {
		return this.changedBy;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

}
