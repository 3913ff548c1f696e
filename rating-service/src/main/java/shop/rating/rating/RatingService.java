package shop.rating.rating;

import java.time.Clock;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import shop.common.web.PageQuery;
import shop.common.web.ShopException;
import shop.common.web.ValidationException;
import shop.rating.RatingProperties;
import shop.rating.outbox.SummaryChanges;

/**
 * Gives ratings and reads them back. A rating, its summary's increment and the summary's
 * change for catalog are written in one transaction; orders-service is asked before it
 * starts, so no database connection waits on another service.
 */
@Service
public class RatingService {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final RatingRepository ratings;

	private final RatingSummaryRepository summaries;

	private final SummaryChanges outbox;

	private final PurchaseCheck purchases;

	private final RatingProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RatingService(RatingRepository ratings, RatingSummaryRepository summaries, SummaryChanges outbox,
			PurchaseCheck purchases, RatingProperties properties, TransactionTemplate transactions, Clock clock) {
		this.ratings = ratings;
		this.summaries = summaries;
		this.outbox = outbox;
		this.purchases = purchases;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Rates a product of a delivered order of the user.
	 * @throws ShopException 400 for bad stars or an overlong comment, 422 when the order
	 * is not the user's, not delivered or lacks the product, 409 when already rated
	 */
	public Rating rate(UUID userId, UUID orderId, UUID productId, int stars, String comment) {
		if (comment != null && comment.length() > this.properties.maxCommentLength()) {
			throw ValidationException.of("comment",
					"must be at most " + this.properties.maxCommentLength() + " characters");
		}
		if (stars < Rating.MIN_STARS || stars > Rating.MAX_STARS) {
			throw ValidationException.of("stars", "must be between 1 and 5");
		}
		this.purchases.requireRateable(orderId, userId, productId);
		try {
			return this.transactions.execute((status) -> record(userId, orderId, productId, stars, comment));
		}
		catch (DataIntegrityViolationException ex) {
			throw alreadyRated(productId);
		}
	}

	private Rating record(UUID userId, UUID orderId, UUID productId, int stars, String comment) {
		if (this.ratings.existsByOrderIdAndProductId(orderId, productId)) {
			throw alreadyRated(productId);
		}
		Rating rating = this.ratings
			.saveAndFlush(Rating.give(orderId, productId, userId, stars, comment, this.clock.instant()));
		this.summaries.addRating(productId, stars);
		RatingSummary summary = this.summaries.findById(productId).orElseThrow();
		this.outbox.changed(productId, summary.average(), summary.count(), summary.updatedAt());
		return rating;
	}

	/**
	 * A product's ratings, newest first.
	 */
	@Transactional(readOnly = true)
	public Page<Rating> ratingsOf(UUID productId, PageQuery page) {
		return this.ratings.findByProductId(productId, page.pageable(NEWEST_FIRST));
	}

	/**
	 * A product's summary; an empty one when nobody has rated it.
	 */
	@Transactional(readOnly = true)
	public RatingSummary summaryOf(UUID productId) {
		return this.summaries.findById(productId).orElseGet(() -> RatingSummary.none(productId));
	}

	private static ShopException alreadyRated(UUID productId) {
		return ShopException.conflict("ALREADY_RATED", "Already rated",
				"This product of this order has already been rated");
	}

}
