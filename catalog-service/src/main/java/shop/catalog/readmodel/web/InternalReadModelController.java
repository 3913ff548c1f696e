package shop.catalog.readmodel.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.catalog.readmodel.PriceChange;
import shop.catalog.readmodel.RatingChange;
import shop.catalog.readmodel.ReadModelService;
import shop.catalog.readmodel.StockChange;
import shop.common.security.internal.InternalApi;

/**
 * Receives the changes of prices, stock and ratings; every call is idempotent.
 */
@RestController
class InternalReadModelController {

	private final ReadModelService readModel;

	InternalReadModelController(ReadModelService readModel) {
		this.readModel = readModel;
	}

	@PostMapping("/internal/read-model/prices")
	@InternalApi(callers = "pricing-service")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void prices(@Valid @RequestBody Changes<Price> request) {
		this.readModel.applyPrices(request.changes()
			.stream()
			.map((change) -> new PriceChange(change.productId(), change.amount(), change.currency(),
					change.changedAt()))
			.toList());
	}

	@PostMapping("/internal/read-model/stock")
	@InternalApi(callers = "fulfillment-service")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void stock(@Valid @RequestBody Changes<Stock> request) {
		this.readModel.applyStock(request.changes()
			.stream()
			.map((change) -> new StockChange(change.productId(), change.available(), change.changedAt()))
			.toList());
	}

	@PostMapping("/internal/read-model/ratings")
	@InternalApi(callers = "rating-service")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void ratings(@Valid @RequestBody Changes<Rating> request) {
		this.readModel.applyRatings(request.changes()
			.stream()
			.map((change) -> new RatingChange(change.productId(), change.average(), change.count(), change.changedAt()))
			.toList());
	}

	record Changes<T>(@NotNull @Size(max = 1000) List<@Valid @NotNull T> changes) {

	}

	record Price(@NotNull UUID productId, @NotNull @DecimalMin("0") BigDecimal amount, @NotBlank String currency,
			@NotNull Instant changedAt) {

	}

	record Stock(@NotNull UUID productId, @NotNull Integer available, @NotNull Instant changedAt) {

	}

	record Rating(@NotNull UUID productId, @NotNull @DecimalMin("0") @DecimalMax("5") BigDecimal average,
			@NotNull @Min(0) Integer count, @NotNull Instant changedAt) {

	}

}
