package shop.fulfillment.inventory.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {productIds: [...]}}.
 */
record StockLookupRequest(@NotNull List<@NotNull UUID> productIds) {

}
