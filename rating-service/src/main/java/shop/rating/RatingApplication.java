package shop.rating;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * rating-service: Ratings of delivered products, one per order and product, and
 * per-product summaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RatingApplication {

	public static void main(String[] args) {
		SpringApplication.run(RatingApplication.class, args);
	}

}
