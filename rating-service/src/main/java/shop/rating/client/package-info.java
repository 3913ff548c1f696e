/**
 * Feign clients of the services rating-service calls: orders-service (may this user rate
 * this product of this order?) and catalog-service (its read model of ratings). Each
 * declares its own records with just the fields it reads.
 */
package shop.rating.client;
