/**
 * Order status events: published by orders-service through the internal API, fanned out
 * to every realtime instance (PostgreSQL LISTEN/NOTIFY, or in-process without a
 * database), deduplicated by event id and pushed to the order owner's connections.
 */
package shop.realtime.event;
