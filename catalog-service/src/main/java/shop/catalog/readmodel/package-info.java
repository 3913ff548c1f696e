/**
 * The read model: the latest price (in the catalog's currency), available stock and
 * rating summary of each product, pushed by pricing, fulfillment and rating through their
 * outboxes, kept in indexed columns of {@code products} so that lists filter and sort on
 * them in one indexed query. Every change carries its source's time; a change older than
 * the one stored is ignored, so pushes may repeat or arrive out of order.
 */
package shop.catalog.readmodel;
