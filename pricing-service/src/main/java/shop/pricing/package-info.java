/**
 * pricing-service: The current price of each product per currency, and the history of
 * every change.
 */
package shop.pricing;
