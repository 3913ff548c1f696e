package shop.fulfillment.inventory.web;

import java.util.LinkedHashSet;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.fulfillment.inventory.InventoryService;

/**
 * Batch stock lookup for the services that show stock.
 */
@RestController
class InternalStockController {

	private final InventoryService inventory;

	InternalStockController(InventoryService inventory) {
		this.inventory = inventory;
	}

	@PostMapping("/internal/stock/lookup")
	@InternalApi(callers = { "catalog-service", "cart-service" })
	StockLookupResponse lookup(@Valid @RequestBody StockLookupRequest request) {
		return new StockLookupResponse(this.inventory.lookup(new LinkedHashSet<>(request.productIds()))
			.stream()
			.map(StockResponse::of)
			.toList());
	}

}
