package shop.catalog.category;

import java.util.List;
import java.util.UUID;

/**
 * A category in the tree, with the live products in it and its subcategories.
 *
 * @param categoryId its id
 * @param slug its slug
 * @param name its name
 * @param parentId its parent, {@code null} for a root
 * @param productCount live products in it or any subcategory
 * @param children its subcategories, by name
 */
public record CategoryNode(UUID categoryId, String slug, String name, UUID parentId, long productCount,
		List<CategoryNode> children) {

}
