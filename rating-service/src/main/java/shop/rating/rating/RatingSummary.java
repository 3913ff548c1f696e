package shop.rating.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A product's ratings at a glance: how many, their average and how many of each star.
 * Written only by {@link RatingSummaryRepository#addRating} (an atomic upsert), so that
 * concurrent ratings of one product never lose a count.
 */
@Entity
@Table(name = "rating_summaries")
public class RatingSummary {

	@Id
	@Column(name = "product_id")
	private UUID productId;

	@Column(name = "rating_count", nullable = false)
	private long count;

	@Column(name = "star_total", nullable = false)
	private long starTotal;

	@Column(name = "stars_1", nullable = false)
	private long stars1;

	@Column(name = "stars_2", nullable = false)
	private long stars2;

	@Column(name = "stars_3", nullable = false)
	private long stars3;

	@Column(name = "stars_4", nullable = false)
	private long stars4;

	@Column(name = "stars_5", nullable = false)
	private long stars5;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected RatingSummary() {
	}

	/**
	 * The summary of a product nobody has rated yet.
	 */
	static RatingSummary none(UUID productId) {
		RatingSummary summary = new RatingSummary();
		summary.productId = productId;
		return summary;
	}

	public UUID productId() {
		return this.productId;
	}

	public long count() {
		return this.count;
	}

	/**
	 * The average of the stars to two decimals; zero when there are no ratings.
	 */
	public BigDecimal average() {
		if (this.count == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(this.starTotal).divide(BigDecimal.valueOf(this.count), 2, RoundingMode.HALF_UP);
	}

	/**
	 * How many ratings gave each number of stars, {@code "1"} to {@code "5"}.
	 */
	public Map<String, Long> histogram() {
		Map<String, Long> histogram = new LinkedHashMap<>();
		histogram.put("1", this.stars1);
		histogram.put("2", this.stars2);
		histogram.put("3", this.stars3);
		histogram.put("4", this.stars4);
		histogram.put("5", this.stars5);
		return histogram;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
