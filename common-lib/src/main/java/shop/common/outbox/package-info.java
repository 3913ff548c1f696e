/**
 * The transactional outbox: messages for another service written in the same transaction
 * as the change they describe, sent right after that transaction commits (unless
 * {@code shop.outbox.deliver-after-commit=false}), and retried with backoff by a
 * scheduled relay until the receiver takes them. The relay locks what it sends
 * ({@code FOR UPDATE SKIP LOCKED}), so several instances never send the same batch at
 * once. A message may still arrive twice (sent right after commit and again by a relay
 * before its deletion); receivers are idempotent, so that does no harm.
 * <p>
 * A service brings its table (a Flyway migration, the shape of {@link OutboxStore}) and
 * one {@link OutboxSender} per topic (what a message carries and which client delivers
 * it); the mechanism switches itself on when there is a sender
 * ({@link OutboxAutoConfiguration}).
 */
package shop.common.outbox;
