package shop.catalog.product;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.test.web.servlet.ResultMatcher;

import shop.catalog.CatalogIntegrationTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every filter and sort of the product list, alone and combined, against a known set of
 * products in a category tree of this class's own.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ProductListIntegrationTests extends CatalogIntegrationTest {

	private final String root = "lt-" + unique();

	private final String laptops = this.root + "-laptops";

	private final String gaming = this.root + "-gaming";

	private final String phones = this.root + "-phones";

	@BeforeAll
	void knownProducts() throws Exception {
		category("List test", this.root, null);
		category("Laptops", this.laptops, this.root);
		category("Gaming laptops", this.gaming, this.laptops);
		category("Phones", this.phones, this.root);
		Instant t = Instant.now();
		UUID aurora = product(sku("A"), "Aurora 14 Laptop", "Lenovo", this.laptops, "Thin and light ultrabook",
				"{\"ram\":\"16GB\",\"color\":\"silver\"}");
		UUID blaze = product(sku("B"), "Blaze 16 Gaming Laptop", "ASUS", this.gaming, "RTX graphics for gaming",
				"{\"ram\":\"32GB\",\"color\":\"black\"}");
		UUID canyon = product(sku("C"), "Canyon 13 Laptop", "lenovo", this.laptops, "Budget notebook for the office",
				"{\"ram\":\"8GB\",\"color\":\"black\"}");
		UUID delta = product(sku("D"), "Delta Phone X", "Samsung", this.phones, "Flagship phone with a great camera",
				"{\"storage\":\"256GB\",\"color\":\"black\"}");
		UUID echo = product(sku("E"), "Echo Phone Lite", "Samsung", this.phones, "Affordable phone", "{}");
		UUID zed = product(sku("F"), "Zed Laptop", "Lenovo", this.laptops, "Deleted laptop", "{}");
		pushPrice(aurora, "899.00", t);
		pushPrice(blaze, "1799.00", t);
		pushPrice(canyon, "649.50", t);
		pushPrice(delta, "999.00", t);
		pushPrice(zed, "100.00", t);
		pushStock(aurora, 5, t);
		pushStock(blaze, 0, t);
		pushStock(canyon, 12, t);
		pushStock(delta, 3, t);
		pushStock(zed, 100, t);
		pushRating(aurora, "4.5", 10, t);
		pushRating(blaze, "4.8", 3, t);
		pushRating(delta, "3.9", 40, t);
		pushRating(echo, "4.1", 2, t);
		asAdmin(delete("/api/admin/products/" + zed), null).andExpect(status().isNoContent());
	}

	@Test
	void listsACategoryTreeByNameWithoutDeletedProducts() throws Exception {
		list("category=" + this.root).andExpect(status().isOk())
			.andExpect(names("Aurora 14 Laptop", "Blaze 16 Gaming Laptop", "Canyon 13 Laptop", "Delta Phone X",
					"Echo Phone Lite"))
			.andExpect(jsonPath("$.totalItems").value(5))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.totalPages").value(1));
	}

	@Test
	void filtersByCategoryIncludingSubcategories() throws Exception {
		list("category=" + this.laptops)
			.andExpect(names("Aurora 14 Laptop", "Blaze 16 Gaming Laptop", "Canyon 13 Laptop"));
		list("category=" + this.gaming).andExpect(names("Blaze 16 Gaming Laptop"));
		list("category=" + this.root + "-nothing").andExpect(status().isOk())
			.andExpect(jsonPath("$.items", empty()))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void filtersByBrandInAnyCase() throws Exception {
		list("category=" + this.root + "&brand=LENOVO").andExpect(names("Aurora 14 Laptop", "Canyon 13 Laptop"));
	}

	@Test
	void searchesNameBrandAndDescriptionByRelevance() throws Exception {
		list("category=" + this.root + "&q=laptop").andExpect(jsonPath("$.items[*].name",
				containsInAnyOrder("Aurora 14 Laptop", "Blaze 16 Gaming Laptop", "Canyon 13 Laptop")));
		list("category=" + this.root + "&q=cameras").andExpect(names("Delta Phone X"));
		list("category=" + this.root + "&q=samsung phone")
			.andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Delta Phone X", "Echo Phone Lite")));
		list("category=" + this.root + "&q=gaming laptop")
			.andExpect(jsonPath("$.items[0].name").value("Blaze 16 Gaming Laptop"));
	}

	@Test
	void filtersByPriceRangeOfTheReadModel() throws Exception {
		list("category=" + this.root + "&minPrice=800")
			.andExpect(names("Aurora 14 Laptop", "Blaze 16 Gaming Laptop", "Delta Phone X"));
		list("category=" + this.root + "&maxPrice=899").andExpect(names("Aurora 14 Laptop", "Canyon 13 Laptop"));
		list("category=" + this.root + "&minPrice=800&maxPrice=1000")
			.andExpect(names("Aurora 14 Laptop", "Delta Phone X"));
	}

	@Test
	void filtersByStock() throws Exception {
		list("category=" + this.root + "&inStock=true")
			.andExpect(names("Aurora 14 Laptop", "Canyon 13 Laptop", "Delta Phone X"));
		list("category=" + this.root + "&inStock=false").andExpect(names("Blaze 16 Gaming Laptop", "Echo Phone Lite"));
	}

	@Test
	void filtersByAttributes() throws Exception {
		list("category=" + this.root + "&attr=color:black")
			.andExpect(names("Blaze 16 Gaming Laptop", "Canyon 13 Laptop", "Delta Phone X"));
		list("category=" + this.root + "&attr=color:silver&attr=ram:16GB").andExpect(names("Aurora 14 Laptop"));
		list("category=" + this.root + "&attr=color").andExpect(status().isBadRequest());
	}

	@Test
	void sortsByPriceEitherWayWithUnpricedProductsLast() throws Exception {
		list("category=" + this.root + "&sort=price").andExpect(names("Canyon 13 Laptop", "Aurora 14 Laptop",
				"Delta Phone X", "Blaze 16 Gaming Laptop", "Echo Phone Lite"));
		list("category=" + this.root + "&sort=-price").andExpect(names("Blaze 16 Gaming Laptop", "Delta Phone X",
				"Aurora 14 Laptop", "Canyon 13 Laptop", "Echo Phone Lite"));
	}

	@Test
	void sortsByRatingAndByNewest() throws Exception {
		list("category=" + this.root + "&sort=rating").andExpect(names("Blaze 16 Gaming Laptop", "Aurora 14 Laptop",
				"Echo Phone Lite", "Delta Phone X", "Canyon 13 Laptop"));
		list("category=" + this.root + "&sort=newest").andExpect(names("Echo Phone Lite", "Delta Phone X",
				"Canyon 13 Laptop", "Blaze 16 Gaming Laptop", "Aurora 14 Laptop"));
	}

	@Test
	void combinesEveryFilterWithASort() throws Exception {
		list("category=" + this.laptops + "&brand=lenovo&inStock=true&minPrice=600&maxPrice=900&q=laptop"
				+ "&attr=color:black&sort=price")
			.andExpect(names("Canyon 13 Laptop"))
			.andExpect(jsonPath("$.totalItems").value(1));
		list("category=" + this.root + "&inStock=true&sort=-price&size=2")
			.andExpect(names("Delta Phone X", "Aurora 14 Laptop"))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2));
	}

	@Test
	void pagesWithoutOverlapAndCapsTheSize() throws Exception {
		list("category=" + this.root + "&size=2&page=1").andExpect(names("Canyon 13 Laptop", "Delta Phone X"))
			.andExpect(jsonPath("$.totalItems").value(5))
			.andExpect(jsonPath("$.totalPages").value(3));
		list("category=" + this.root + "&size=2&page=2").andExpect(names("Echo Phone Lite"));
		list("category=" + this.root + "&size=2&page=9").andExpect(jsonPath("$.items", empty()))
			.andExpect(jsonPath("$.totalItems").value(5));
		list("category=" + this.root + "&size=500").andExpect(jsonPath("$.size").value(100));
	}

	@Test
	void answersBadParametersWith400Problems() throws Exception {
		for (String bad : new String[] { "page=-1", "size=0", "size=abc", "sort=cheapest", "sort=relevance",
				"minPrice=10&maxPrice=5", "minPrice=abc", "maxPrice=-1", "inStock=maybe" }) {
			list(bad).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.errors").isNotEmpty());
		}
		this.mvc.perform(get("/api/products/not-a-uuid"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("productId"));
	}

	@Test
	void countsLiveProductsPerCategoryIncludingSubcategories() throws Exception {
		this.mvc.perform(get("/api/categories/" + this.root))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.productCount").value(5))
			.andExpect(jsonPath("$.children[?(@.slug == '" + this.laptops + "')].productCount").value(3))
			.andExpect(jsonPath("$.children[?(@.slug == '" + this.phones + "')].productCount").value(2))
			.andExpect(jsonPath("$.children[?(@.slug == '" + this.laptops + "')].children[0].productCount").value(1));
		this.mvc.perform(get("/api/categories"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.slug == '" + this.root + "')].productCount").value(5));
	}

	private String sku(String letter) {
		return this.root.toUpperCase() + "-" + letter;
	}

	private static ResultMatcher names(String... names) {
		return jsonPath("$.items[*].name", contains(names));
	}

}
