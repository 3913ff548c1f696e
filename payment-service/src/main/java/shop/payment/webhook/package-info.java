/**
 * PayPal's webhooks: each event verified with PayPal, processed once by its event id, and
 * applied to its payment (approvals, captures, refunds and reversals that happened
 * outside the shop's own calls).
 */
package shop.payment.webhook;
