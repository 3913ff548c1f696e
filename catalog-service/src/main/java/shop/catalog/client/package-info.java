/**
 * Feign clients of pricing-service and fulfillment-service, and {@link LiveOffers}, which
 * asks both at once for the price and stock of a page of products. Never cached: what a
 * shopper sees as price and stock comes from their owners at the time of the request.
 */
package shop.catalog.client;
