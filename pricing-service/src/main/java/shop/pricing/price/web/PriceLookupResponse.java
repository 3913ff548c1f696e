package shop.pricing.price.web;

import java.util.List;

/**
 * {@code {prices: [{productId, amount, currency, updatedAt}]}}.
 */
record PriceLookupResponse(List<PriceResponse> prices) {

}
