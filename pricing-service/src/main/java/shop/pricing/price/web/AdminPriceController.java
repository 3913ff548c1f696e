package shop.pricing.price.web;

import java.util.UUID;

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
class AdminPriceController {

	private final PriceService prices;

	AdminPriceController(PriceService prices) {
		this.prices = prices;
	}

	@PutMapping("/api/admin/products/{productId}/price")
	PriceResponse setPrice(@PathVariable UUID productId, @Valid @RequestBody SetPriceRequest request,
			@CurrentUser UUID adminId) {
		return PriceResponse.of(this.prices.setPrice(productId, request.amount(), request.currency(), adminId));
	}

	@GetMapping("/api/admin/products/{productId}/price")
	PriceOverviewResponse prices(@PathVariable UUID productId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return new PriceOverviewResponse(productId,
				this.prices.currentPrices(productId).stream().map(PriceResponse::of).toList(),
				PageResponse.of(this.prices.history(productId, query.pageable(Sort.unsorted())),
						PriceOverviewResponse.HistoryEntry::of));
	}

}
