/**
 * The transactional outbox: messages for other services written in the same transaction
 * as the change they describe, sent right after that transaction commits, and retried
 * with backoff by a scheduled relay until the receiver takes them. The relay locks what
 * it sends ({@code FOR UPDATE SKIP LOCKED}), so several instances never send the same
 * batch at once. A message may still arrive twice (sent right after commit and again by a
 * relay before its deletion); receivers are idempotent, so that does no harm.
 */
package shop.fulfillment.outbox;
