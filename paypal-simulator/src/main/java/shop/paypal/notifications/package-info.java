/**
 * Webhook signatures: {@code POST /v1/notifications/verify-webhook-signature}, and the
 * signing of simulated webhook transmissions for tests.
 */
package shop.paypal.notifications;
