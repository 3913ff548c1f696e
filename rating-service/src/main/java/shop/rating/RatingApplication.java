package shop.rating;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * rating-service: Ratings of delivered products, one per order and product, and
 * per-product summaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RatingApplication {

	public static void main(String[] args) {
		SpringApplication.run(RatingApplication.class, args);
	}

}
