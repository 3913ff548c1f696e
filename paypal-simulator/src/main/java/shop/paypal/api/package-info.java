/**
 * What every simulated endpoint shares: PayPal's error body ({@code name, message,
 * debug_id, details[{issue, description}], links}), the {@code Paypal-Debug-Id} header,
 * and the money and link shapes.
 */
package shop.paypal.api;
