/**
 * Ratings: one per (order, product), allowed only for the buyer of a delivered order that
 * contains the product (orders-service decides), and per-product summaries (count,
 * average, histogram) kept current by each new rating.
 */
package shop.rating.rating;
