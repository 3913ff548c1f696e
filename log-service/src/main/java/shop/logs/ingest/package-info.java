/**
 * Ingestion: validates a batch whole (a malformed one is refused and nothing of it is
 * kept), gathers events per service and hour into objects of at most 100 events, writes
 * full objects at once, partial ones after the flush interval and at shutdown.
 */
package shop.logs.ingest;
