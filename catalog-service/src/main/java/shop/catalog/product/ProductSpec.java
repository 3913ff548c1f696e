package shop.catalog.product;

/**
 * A product as an admin writes it.
 *
 * @param sku its SKU, unique among live products
 * @param document its document
 */
public record ProductSpec(String sku, ProductDocument document) {

}
