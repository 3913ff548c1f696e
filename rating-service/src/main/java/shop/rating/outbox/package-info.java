/**
 * rating-service's part of the transactional outbox (shop.common.outbox): summary changes
 * written in the transaction of each rating ({@link shop.rating.outbox.SummaryChanges})
 * and delivered to catalog's read model by the relay through
 * {@link shop.rating.outbox.SummaryFeed}, with retries and backoff, safe with several
 * instances ({@code FOR UPDATE SKIP LOCKED}).
 */
package shop.rating.outbox;
