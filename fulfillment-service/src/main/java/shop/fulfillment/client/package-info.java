/**
 * Feign client of catalog-service: product lookups (does a product exist, what does it
 * weigh) and the pushes of stock changes to catalog's read model. The records here hold
 * only the fields fulfillment reads or sends.
 */
package shop.fulfillment.client;
