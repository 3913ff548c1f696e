package shop.rating;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of rating-service, under {@code shop.rating}.
 *
 * @param maxCommentLength the longest comment accepted, in characters
 */
@ConfigurationProperties("shop.rating")
public record RatingProperties(@DefaultValue("2000") int maxCommentLength) {

}
