package shop.catalog.category.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.catalog.category.CategoryNode;

/**
 * A category of the tree shoppers browse: {@code {categoryId, slug, name, parentId,
 * productCount, children[]}}; {@code parentId} is absent for a root.
 */
record CategoryNodeResponse(@Schema(example = "0195f3b8-1c2d-7e3f-8a4b-5c6d7e8f9a0b") UUID categoryId,
		@Schema(description = "Names the category in product filters and product documents; never changes",
				example = "laptops") String slug,
		@Schema(example = "Laptops") String name,
		@Schema(description = "The parent category; absent for a root",
				example = "0195f3b7-0b1c-7d2e-9f3a-4b5c6d7e8f90") UUID parentId,
		@Schema(description = "Live products in this category and every category below it",
				example = "128") long productCount,
		@Schema(description = "Its subcategories, by name") List<CategoryNodeResponse> children) {

	static CategoryNodeResponse of(CategoryNode node) {
		return new CategoryNodeResponse(node.categoryId(), node.slug(), node.name(), node.parentId(),
				node.productCount(), node.children().stream().map(CategoryNodeResponse::of).toList());
	}

}
