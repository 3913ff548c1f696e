/**
 * Retention: objects whose newest event is older than {@code LOG_RETENTION_DAYS} are
 * deleted from the store and the index.
 */
package shop.logs.retention;
