/**
 * log-service: Log events of every service, stored as objects of at most 100 events, and
 * their search.
 */
package shop.logs;
