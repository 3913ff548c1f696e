/**
 * catalog-service: Products and categories, their search, and the composition of price,
 * stock and rating into what shoppers see.
 */
package shop.catalog;
