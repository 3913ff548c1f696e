/**
 * Prices: the current price of each product per currency, the history of every change,
 * and the notification of each change to catalog's read model through the outbox.
 */
package shop.pricing.price;
