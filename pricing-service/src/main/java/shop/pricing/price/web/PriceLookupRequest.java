package shop.pricing.price.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {productIds: [...], currency?: "USD"}}.
 */
record PriceLookupRequest(@NotNull List<@NotNull UUID> productIds, String currency) {

}
