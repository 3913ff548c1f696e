package shop.fulfillment.inventory.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.common.web.PageQuery;
import shop.common.web.PageResponse;
import shop.fulfillment.inventory.InventoryService;

/**
 * The admins' stock levels (role ADMIN, enforced for {@code /api/admin/**}).
 */
@RestController
class AdminInventoryController {

	private final InventoryService inventory;

	AdminInventoryController(InventoryService inventory) {
		this.inventory = inventory;
	}

	@PutMapping("/api/admin/products/{productId}/stock")
	StockResponse setStock(@PathVariable UUID productId, @Valid @RequestBody SetStockRequest request) {
		return StockResponse.of(this.inventory.setStock(productId, request.onHand(), request.lowStockThreshold()));
	}

	@GetMapping("/api/admin/products/{productId}/stock")
	StockResponse stock(@PathVariable UUID productId) {
		return StockResponse.of(this.inventory.find(productId));
	}

	@DeleteMapping("/api/admin/products/{productId}/stock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID productId) {
		this.inventory.delete(productId);
	}

	/**
	 * Products whose available stock is at or below their threshold, lowest first.
	 */
	@GetMapping("/api/admin/inventory/low-stock")
	PageResponse<StockResponse> lowStock(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return PageResponse.of(this.inventory.lowStock(query.pageable(Sort.unsorted())), StockResponse::of);
	}

}
