/**
 * realtime-service: WebSocket connections of shoppers and the push of their order status
 * changes.
 */
package shop.realtime;
