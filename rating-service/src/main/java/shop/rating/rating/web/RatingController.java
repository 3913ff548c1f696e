package shop.rating.rating.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.jwt.CurrentUser;
import shop.common.web.PageQuery;
import shop.rating.rating.RatingService;

/**
 * Ratings over HTTP. Answers are JSON only, so a comment is returned exactly as given and
 * a client never receives it as markup.
 */
@RestController
class RatingController {

	private final RatingService ratings;

	RatingController(RatingService ratings) {
		this.ratings = ratings;
	}

	@PostMapping(path = "/api/orders/{orderId}/rate", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RatingResponse rate(@PathVariable UUID orderId, @Valid @RequestBody RateRequest request, @CurrentUser UUID userId) {
		return RatingResponse
			.of(this.ratings.rate(userId, orderId, request.productId(), request.stars(), request.comment()));
	}

	@GetMapping(path = "/api/products/{productId}/ratings", produces = MediaType.APPLICATION_JSON_VALUE)
	ProductRatingsResponse ratings(@PathVariable UUID productId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return ProductRatingsResponse.of(this.ratings.summaryOf(productId), this.ratings.ratingsOf(productId, query));
	}

}
