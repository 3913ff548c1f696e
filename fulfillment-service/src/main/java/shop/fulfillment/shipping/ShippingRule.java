package shop.fulfillment.shipping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import shop.common.web.FieldError;
import shop.common.web.ValidationException;

/**
 * One way to ship: where, for which shipments, how, at what cost and how fast.
 */
@Entity
@Table(name = "shipping_rules")
public class ShippingRule {

	private static final List<String> COUNTRIES = Arrays.asList(Locale.getISOCountries());

	private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);

	@Id
	private UUID id;

	@Column(length = 2)
	@JdbcTypeCode(SqlTypes.CHAR)
	private String country;

	private String postalPrefix;

	private String mode;

	private String carrier;

	private int minWeightGrams;

	private Integer maxWeightGrams;

	private BigDecimal minOrderValue;

	private BigDecimal maxOrderValue;

	@Column(length = 3)
	@JdbcTypeCode(SqlTypes.CHAR)
	private String currency;

	private BigDecimal baseCost;

	private BigDecimal costPerKg;

	private int businessDays;

	private int cutOffHour;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected ShippingRule() {
	}

	ShippingRule(UUID id, ShippingRuleSpec spec, Instant now) {
		this.id = id;
		this.createdAt = now;
		update(spec, now);
	}

	/**
	 * Replaces what the rule says.
	 * @throws ValidationException listing every field that is wrong
	 */
	void update(ShippingRuleSpec spec, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		String country = (spec.country() != null) ? spec.country().toUpperCase(Locale.ROOT) : null;
		if (country != null && !COUNTRIES.contains(country)) {
			errors.add(new FieldError("country", "must be an ISO 3166 alpha-2 country code, or absent for any"));
		}
		if (spec.mode() == null || !spec.mode().matches("[a-z][a-z0-9-]{0,31}")) {
			errors.add(new FieldError("mode", "must be a lower-case word such as standard or express"));
		}
		if (spec.carrier() == null || spec.carrier().isBlank() || spec.carrier().length() > 64) {
			errors.add(new FieldError("carrier", "must be 1 to 64 characters"));
		}
		if (spec.postalPrefix() != null && !spec.postalPrefix().matches("[A-Za-z0-9 -]{1,16}")) {
			errors.add(new FieldError("postalPrefix", "must be 1 to 16 letters or digits"));
		}
		if (spec.minWeightGrams() < 0) {
			errors.add(new FieldError("minWeightGrams", "must not be negative"));
		}
		if (spec.maxWeightGrams() != null && spec.maxWeightGrams() <= spec.minWeightGrams()) {
			errors.add(new FieldError("maxWeightGrams", "must be greater than minWeightGrams"));
		}
		if (spec.minOrderValue() != null && spec.minOrderValue().signum() < 0) {
			errors.add(new FieldError("minOrderValue", "must not be negative"));
		}
		if (spec.maxOrderValue() != null && spec.maxOrderValue()
			.compareTo((spec.minOrderValue() != null) ? spec.minOrderValue() : BigDecimal.ZERO) <= 0) {
			errors.add(new FieldError("maxOrderValue", "must be greater than minOrderValue"));
		}
		if (Money.currency(spec.currency()) == null) {
			errors.add(new FieldError("currency", "must be an ISO 4217 currency code such as USD"));
		}
		if (spec.baseCost() == null || spec.baseCost().signum() < 0) {
			errors.add(new FieldError("baseCost", "must not be negative"));
		}
		if (spec.costPerKg() != null && spec.costPerKg().signum() < 0) {
			errors.add(new FieldError("costPerKg", "must not be negative"));
		}
		if (spec.businessDays() < 0 || spec.businessDays() > 60) {
			errors.add(new FieldError("businessDays", "must be between 0 and 60"));
		}
		if (spec.cutOffHour() < 0 || spec.cutOffHour() > 23) {
			errors.add(new FieldError("cutOffHour", "must be between 0 and 23"));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		this.country = country;
		this.postalPrefix = (spec.postalPrefix() != null) ? spec.postalPrefix().toUpperCase(Locale.ROOT) : null;
		this.mode = spec.mode();
		this.carrier = spec.carrier().trim();
		this.minWeightGrams = spec.minWeightGrams();
		this.maxWeightGrams = spec.maxWeightGrams();
		this.minOrderValue = spec.minOrderValue();
		this.maxOrderValue = spec.maxOrderValue();
		this.currency = Money.currency(spec.currency()).getCurrencyCode();
		this.baseCost = spec.baseCost();
		this.costPerKg = (spec.costPerKg() != null) ? spec.costPerKg() : BigDecimal.ZERO;
		this.businessDays = spec.businessDays();
		this.cutOffHour = spec.cutOffHour();
		this.updatedAt = now;
	}

	/**
	 * Whether the rule covers a shipment to {@code country}/{@code postalCode} weighing
	 * {@code weightGrams}, for an order worth {@code orderValue} (unknown when
	 * {@code null}: then only rules without an order-value band apply).
	 */
	boolean covers(String country, String postalCode, int weightGrams, Money orderValue) {
		if (this.country != null && !this.country.equals(country)) {
			return false;
		}
		if (this.postalPrefix != null && (postalCode == null || !postalCode.toUpperCase(Locale.ROOT)
			.replace(" ", "")
			.startsWith(this.postalPrefix.replace(" ", "")))) {
			return false;
		}
		if (weightGrams < this.minWeightGrams || (this.maxWeightGrams != null && weightGrams >= this.maxWeightGrams)) {
			return false;
		}
		if (this.minOrderValue == null && this.maxOrderValue == null) {
			return true;
		}
		if (orderValue == null || !orderValue.currency().equals(this.currency)) {
			return false;
		}
		return (this.minOrderValue == null || orderValue.amount().compareTo(this.minOrderValue) >= 0)
				&& (this.maxOrderValue == null || orderValue.amount().compareTo(this.maxOrderValue) < 0);
	}

	/**
	 * How specific the rule is: a postal prefix beats a country, which beats any country.
	 */
	int specificity() {
		if (this.postalPrefix != null) {
			return 2 + this.postalPrefix.length();
		}
		return (this.country != null) ? 1 : 0;
	}

	/**
	 * The base cost plus the cost per started kilogram.
	 */
	Money cost(int weightGrams) {
		BigDecimal kilograms = BigDecimal.valueOf(weightGrams).divide(GRAMS_PER_KG, 0, RoundingMode.CEILING);
		return new Money(this.baseCost.add(this.costPerKg.multiply(kilograms)), this.currency).rounded();
	}

	public UUID id() {
		return this.id;
	}

	public String country() {
		return this.country;
	}

	public String postalPrefix() {
		return this.postalPrefix;
	}

	public String mode() {
		return this.mode;
	}

	public String carrier() {
		return this.carrier;
	}

	public int minWeightGrams() {
		return this.minWeightGrams;
	}

	public Integer maxWeightGrams() {
		return this.maxWeightGrams;
	}

	public BigDecimal minOrderValue() {
		return this.minOrderValue;
	}

	public BigDecimal maxOrderValue() {
		return this.maxOrderValue;
	}

	public String currency() {
		return this.currency;
	}

	public BigDecimal baseCost() {
		return this.baseCost;
	}

	public BigDecimal costPerKg() {
		return this.costPerKg;
	}

	public int businessDays() {
		return this.businessDays;
	}

	public int cutOffHour() {
		return this.cutOffHour;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
