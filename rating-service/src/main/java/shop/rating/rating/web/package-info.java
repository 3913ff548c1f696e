/**
 * The HTTP API of ratings: rating a product of a delivered order, and a product's ratings
 * with their summary (public).
 */
package shop.rating.rating.web;
