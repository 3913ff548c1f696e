/**
 * fulfillment-service: Inventory, stock reservations, shipping rules and delivery-date
 * quotes.
 */
package shop.fulfillment;
