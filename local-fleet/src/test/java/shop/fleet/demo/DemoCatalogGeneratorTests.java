package shop.fleet.demo;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCatalogGeneratorTests {

	@Test
	void generatesTheSameDemoCatalogEveryTime() {
		assertThat(DemoCatalogGenerator.demo()).isEqualTo(DemoCatalogGenerator.demo());
		assertThat(DemoCatalogGenerator.demo()).hasSizeGreaterThanOrEqualTo(500);
	}

	@Test
	void coversEveryKindOfWholesaleElectronicsInLeafCategories() {
		List<DemoProduct> products = DemoCatalogGenerator.demo();
		Set<String> slugs = DemoCatalogGenerator.categories()
			.stream()
			.map(DemoCategory::slug)
			.collect(Collectors.toSet());
		Set<String> parents = DemoCatalogGenerator.categories()
			.stream()
			.map(DemoCategory::parentSlug)
			.collect(Collectors.toSet());
		Set<String> used = products.stream().map(DemoProduct::category).collect(Collectors.toSet());
		assertThat(slugs).containsAll(used);
		assertThat(used).doesNotContainAnyElementsOf(parents)
			.contains("laptops", "smartphones", "monitors", "routers", "switches", "ssds", "hard-drives", "cables",
					"keyboards", "docking-stations");
		assertThat(products.stream().map(DemoProduct::brand).distinct().count()).isGreaterThan(30);
	}

	@Test
	void givesEveryProductAUniqueSkuAPlausiblePriceWeightAndAttributes() {
		List<DemoProduct> products = DemoCatalogGenerator.demo();
		assertThat(products.stream().map(DemoProduct::sku).distinct().count()).isEqualTo(products.size());
		assertThat(products).allSatisfy((product) -> {
			assertThat(product.price()).isGreaterThan(BigDecimal.ONE);
			assertThat(product.price().scale()).isEqualTo(2);
			assertThat(product.weightGrams()).isPositive();
			assertThat(product.attributes()).isNotEmpty();
			assertThat(product.images()).isNotEmpty();
			assertThat(product.name()).startsWith(product.brand());
			assertThat(product.sku()).matches("[A-Za-z0-9][A-Za-z0-9._-]*").hasSizeLessThanOrEqualTo(64);
		});
		assertThat(products).filteredOn((product) -> product.category().equals("laptops"))
			.allSatisfy((laptop) -> assertThat(laptop.attributes()).containsKeys("cpu", "ram", "storage", "screen"));
	}

	@Test
	void hasProductsOutOfStockLowOnStockAndPlenty() {
		List<DemoProduct> products = DemoCatalogGenerator.demo();
		long none = products.stream().filter((product) -> product.onHand() == 0).count();
		long low = products.stream()
			.filter((product) -> product.onHand() > 0 && product.onHand() <= product.lowStockThreshold())
			.count();
		long plenty = products.stream().filter((product) -> product.onHand() > 100).count();
		assertThat(none).isBetween(20L, 100L);
		assertThat(low).isBetween(30L, 150L);
		assertThat(plenty).isGreaterThan(200L);
	}

	@Test
	void generatesAHundredThousandBenchmarkProductsApartFromTheDemo() {
		List<DemoProduct> benchmark = DemoCatalogGenerator.benchmark(DemoCatalogGenerator.BENCHMARK_SIZE);
		assertThat(benchmark).hasSize(100_000);
		Set<String> skus = new HashSet<>();
		benchmark.forEach((product) -> skus.add(product.sku()));
		assertThat(skus).hasSize(100_000);
		DemoCatalogGenerator.demo().forEach((product) -> assertThat(skus).doesNotContain(product.sku()));
	}

}
