/**
 * Categories: a tree addressed by slugs. A product belongs to one category by slug; a
 * category's product count and a list filtered by a category include its subcategories.
 */
package shop.catalog.category;
