/**
 * Internal API of stock commits for orders-service: {@code POST /internal/stock/commits}
 * and {@code POST /internal/stock/restorations}.
 */
package shop.fulfillment.commit.web;
