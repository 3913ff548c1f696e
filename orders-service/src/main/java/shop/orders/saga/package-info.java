/**
 * The checkout saga: an orchestrated saga persisted with every order (state, step,
 * attempts, next attempt, lease, step log) that locks the cart, creates the payment,
 * captures it, commits the stock and checks the cart out, and compensates newest first
 * when a step fails for good; the recovery worker that finishes sagas after a crash or an
 * outage; the checkout's idempotency keys. See docs/saga.md.
 */
package shop.orders.saga;
