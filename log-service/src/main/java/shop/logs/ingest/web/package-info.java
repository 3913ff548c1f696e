/**
 * {@code POST /internal/logs}: every service's log shipper sends its batches here.
 */
package shop.logs.ingest.web;
