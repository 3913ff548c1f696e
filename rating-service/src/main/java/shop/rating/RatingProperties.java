package shop.rating;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of rating-service, under {@code shop.rating}.
 *
 * @param maxCommentLength the longest comment accepted, in characters
 * @param feed how summaries are fed to catalog
 */
@ConfigurationProperties("shop.rating")
public record RatingProperties(@DefaultValue("2000") int maxCommentLength, @DefaultValue Feed feed) {

	/**
	 * The feed of summary changes to catalog's read model.
	 *
	 * @param interval how often the outbox is delivered
	 * @param batchSize changes per call to catalog
	 * @param maxBackoff the longest wait before a failed change is retried
	 */
	public record Feed(@DefaultValue("2s") Duration interval, @DefaultValue("100") int batchSize,
			@DefaultValue("5m") Duration maxBackoff) {

	}

}
