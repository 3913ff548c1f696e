/**
 * rating-service: Ratings of delivered products, one per order and product, and
 * per-product summaries.
 */
package shop.rating;
