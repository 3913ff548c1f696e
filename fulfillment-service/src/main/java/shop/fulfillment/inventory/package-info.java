/**
 * Inventory per product: on hand, reserved, available (on hand minus reserved, never
 * negative) and the low-stock threshold. Every change takes the product's row lock first,
 * so that no reservation or commit can take more than is available; every change of
 * {@code available} is sent to catalog's read model through the outbox.
 */
package shop.fulfillment.inventory;
