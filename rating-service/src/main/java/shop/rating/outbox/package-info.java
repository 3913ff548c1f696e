/**
 * The transactional outbox of summary changes: written in the transaction of each rating,
 * delivered to catalog's read model by {@link shop.rating.outbox.SummaryFeed} with
 * retries and backoff, safe with several instances ({@code FOR UPDATE SKIP LOCKED}).
 */
package shop.rating.outbox;
