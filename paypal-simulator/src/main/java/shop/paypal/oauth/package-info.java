/**
 * PayPal's OAuth2 client-credentials endpoint and the bearer-token check of every API
 * call.
 */
package shop.paypal.oauth;
