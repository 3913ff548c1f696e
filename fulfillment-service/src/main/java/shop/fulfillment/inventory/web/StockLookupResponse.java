package shop.fulfillment.inventory.web;

import java.util.List;

/**
 * {@code {stock: [...]}}.
 */
record StockLookupResponse(List<StockResponse> stock) {

}
