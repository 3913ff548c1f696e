/**
 * The index of log objects in the {@code logs} schema: each object's key, time range,
 * services, levels, trace, request and user ids and message words, so that a search reads
 * only the objects that can hold matching events.
 */
package shop.logs.index;
