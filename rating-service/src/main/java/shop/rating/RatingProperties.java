package shop.rating;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of rating-service, under {@code shop.rating}.
 */
@ConfigurationProperties("shop.rating")
public record RatingProperties(@DefaultValue("2000") int maxCommentLength) {

}
