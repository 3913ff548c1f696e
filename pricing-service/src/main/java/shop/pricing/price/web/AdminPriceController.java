package shop.pricing.price.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.jwt.CurrentUser;
import shop.common.web.PageQuery;
import shop.common.web.PageResponse;
import shop.pricing.price.PriceService;

/**
 * The admin's prices (role ADMIN, enforced for {@code /api/admin/**}).
 */
@RestController
@Tag(name = "Admin: prices", description = "Setting product prices and reading their history, for admins")
class AdminPriceController {

	private static final String PRODUCT_ID = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f";

	private final PriceService prices;

	AdminPriceController(PriceService prices) {
		this.prices = prices;
	}

	@PutMapping("/api/admin/products/{productId}/price")
	@Operation(summary = "Set a product's price",
			description = "Sets the price in one currency (a product may have one per currency). The amount must "
					+ "not be negative nor have more decimals than the currency has; the currency is ISO 4217. "
					+ "Setting the same price again changes nothing; every change is kept in the price history and "
					+ "passed on to the catalog. Carts keep the price they locked and warn PRICE_CHANGED.")
	@ApiResponse(responseCode = "200", description = "The price now")
	@ApiResponse(responseCode = "404",
			description = "`PRODUCT_NOT_FOUND`: the catalog does not sell this product (unknown or deleted)")
	@ApiResponse(responseCode = "503",
			description = "`SERVICE_UNAVAILABLE`: the catalog cannot be reached to check the product; try again "
					+ "shortly")
	PriceResponse setPrice(@Parameter(example = PRODUCT_ID) @PathVariable UUID productId,
			@Valid @RequestBody SetPriceRequest request, @CurrentUser UUID adminId) {
		return PriceResponse.of(this.prices.setPrice(productId, request.amount(), request.currency(), adminId));
	}

	@GetMapping("/api/admin/products/{productId}/price")
	@Operation(summary = "A product's prices and price history",
			description = "The current price in every currency, and one page of the changes, newest first. A "
					+ "product that never had a price answers empty lists.")
	@ApiResponse(responseCode = "200", description = "The current prices and a page of the history")
	PriceOverviewResponse prices(@Parameter(example = PRODUCT_ID) @PathVariable UUID productId,
			@Parameter(description = "Zero-based page of the history",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Changes per page, 20 by default; above 100 counts as 100",
					example = "20") @RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return new PriceOverviewResponse(productId,
				this.prices.currentPrices(productId).stream().map(PriceResponse::of).toList(),
				PageResponse.of(this.prices.history(productId, query.pageable(Sort.unsorted())),
						PriceOverviewResponse.HistoryEntry::of));
	}

}
