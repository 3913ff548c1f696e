/**
 * The log event as log-service stores and answers it, and the object format: gzipped
 * NDJSON, one event per line.
 */
package shop.logs.event;
