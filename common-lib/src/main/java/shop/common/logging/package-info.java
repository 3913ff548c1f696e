/**
 * The log shipper: a Logback appender that sends every service's log events to
 * log-service in batches, off the caller's thread, with a bounded buffer and a bounded
 * local spool for the times log-service cannot be reached.
 */
package shop.common.logging;
