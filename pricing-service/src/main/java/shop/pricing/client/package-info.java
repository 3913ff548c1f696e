/**
 * Feign client of catalog-service: product lookups (does a product exist and is it for
 * sale) and the pushes of price changes to catalog's read model. The records here hold
 * only the fields pricing reads or sends.
 */
package shop.pricing.client;
