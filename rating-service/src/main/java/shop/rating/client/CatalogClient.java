package shop.rating.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * catalog-service's internal API, as rating-service uses it.
 */
@FeignClient(name = "catalog-service", url = "${shop.services.catalog-service}")
public interface CatalogClient {

	/**
	 * Updates catalog's read model of ratings; idempotent (catalog ignores a change older
	 * than the one it holds).
	 */
	@PostMapping("/internal/read-model/ratings")
	void updateRatings(@RequestBody RatingChanges changes);

	/**
	 * A batch of summary changes.
	 *
	 * @param changes the changes
	 */
	record RatingChanges(List<RatingChange> changes) {

	}

	/**
	 * One product's new summary.
	 *
	 * @param productId the product
	 * @param average the average of its stars
	 * @param count how many ratings it has
	 * @param changedAt when the summary changed
	 */
	record RatingChange(UUID productId, BigDecimal average, long count, Instant changedAt) {

	}

}
