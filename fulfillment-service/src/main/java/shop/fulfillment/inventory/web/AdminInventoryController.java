package shop.fulfillment.inventory.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Admin: inventory", description = "Stock on hand, low-stock thresholds and the low-stock list, for admins")
class AdminInventoryController {

	private static final String PRODUCT_ID = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f";

	private static final String NOT_STOCKED = "`PRODUCT_NOT_STOCKED`: no stock is kept for this product";

	private final InventoryService inventory;

	AdminInventoryController(InventoryService inventory) {
		this.inventory = inventory;
	}

	@PutMapping("/api/admin/products/{productId}/stock")
	@Operation(summary = "Set a product's stock",
			description = "Sets the units on hand (and the low-stock threshold when given, 5 by default), starting "
					+ "to keep stock for the product on first use, or again after a delete. Units reserved by carts "
					+ "stay reserved, so on hand cannot go below them. The new availability is passed on to the "
					+ "catalog.")
	@ApiResponse(responseCode = "200", description = "The stock now")
	@ApiResponse(responseCode = "404", description = "`PRODUCT_NOT_FOUND`: the catalog does not sell this product")
	@ApiResponse(responseCode = "409",
			description = "`STOCK_BELOW_RESERVED`: more units are reserved than would be on hand")
	StockResponse setStock(@Parameter(example = PRODUCT_ID) @PathVariable UUID productId,
			@Valid @RequestBody SetStockRequest request) {
		return StockResponse.of(this.inventory.setStock(productId, request.onHand(), request.lowStockThreshold()));
	}

	@GetMapping("/api/admin/products/{productId}/stock")
	@Operation(summary = "A product's stock")
	@ApiResponse(responseCode = "200", description = "On hand, reserved and available")
	@ApiResponse(responseCode = "404", description = NOT_STOCKED)
	StockResponse stock(@Parameter(example = PRODUCT_ID) @PathVariable UUID productId) {
		return StockResponse.of(this.inventory.find(productId));
	}

	@DeleteMapping("/api/admin/products/{productId}/stock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stop keeping stock for a product",
			description = "A soft delete: the product shows as out of stock and cannot be reserved.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = NOT_STOCKED)
	@ApiResponse(responseCode = "409", description = "`STOCK_RESERVED`: units are reserved by carts")
	void delete(@Parameter(example = PRODUCT_ID) @PathVariable UUID productId) {
		this.inventory.delete(productId);
	}

	/**
	 * Products whose available stock is at or below their threshold, lowest first.
	 */
	@GetMapping("/api/admin/inventory/low-stock")
	@Operation(summary = "Products running low",
			description = "Products whose available units are at or below their low-stock threshold, fewest "
					+ "available first.")
	@ApiResponse(responseCode = "200", description = "One page of low stock")
	PageResponse<StockResponse> lowStock(
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Products per page, 20 by default; above 100 counts as 100",
					example = "20") @RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return PageResponse.of(this.inventory.lowStock(query.pageable(Sort.unsorted())), StockResponse::of);
	}

}
