package shop.rating.rating.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Ratings", description = "Rating the products of delivered orders, and reading a product's ratings")
class RatingController {

	private final RatingService ratings;

	RatingController(RatingService ratings) {
		this.ratings = ratings;
	}

	@PostMapping(path = "/api/orders/{orderId}/rate", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Rate a product of an order",
			description = "One rating per order and product, once the order is DELIVERED.")
	@ApiResponse(responseCode = "201", description = "The rating")
	@ApiResponse(responseCode = "409", description = "`ALREADY_RATED`: this product of this order was rated before")
	@ApiResponse(responseCode = "422",
			description = "`ORDER_NOT_DELIVERED`: the order is not delivered yet; `PRODUCT_NOT_IN_ORDER`: the order "
					+ "does not contain the product; `ORDER_NOT_RATEABLE`: the order cannot be rated")
	RatingResponse rate(@PathVariable UUID orderId, @Valid @RequestBody RateRequest request, @CurrentUser UUID userId) {
		return RatingResponse
			.of(this.ratings.rate(userId, orderId, request.productId(), request.stars(), request.comment()));
	}

	@GetMapping(path = "/api/products/{productId}/ratings", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A product's ratings",
			description = "The summary (average, count, histogram by stars) and one page of ratings, newest first. "
					+ "Public: ratings name neither their author nor the order.")
	ProductRatingsResponse ratings(@PathVariable UUID productId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return ProductRatingsResponse.of(this.ratings.summaryOf(productId), this.ratings.ratingsOf(productId, query));
	}

}
