package shop.fleet.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a catalog into a running fleet through the gateway, as an admin: categories
 * ({@code POST /api/admin/categories}), products in batches of 500
 * ({@code POST /api/admin/products/bulk}), then each product's price ({@code PUT
 * /api/admin/products/{id}/price}) and stock ({@code PUT
 * /api/admin/products/{id}/stock}), several at a time.
 * <p>
 * The launcher calls {@link #loadOnce} after the fleet is ready; for benchmarks run
 * {@link #main} with a product count.
 */
public final class DemoCatalog {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private static final int BATCH = 500;

	private static final int PARALLEL_CALLS = 8;

	private static final String CURRENCY = "USD";

	private DemoCatalog() {
	}

	/**
	 * Loads the demo catalog ({@value DemoCatalogGenerator#DEMO_SIZE} products) unless
	 * {@code markerFile} says it was loaded before; writes the marker when done. A load
	 * that failed half-way leaves no marker, and the next call completes it (products
	 * that exist are skipped).
	 * @return what was loaded, nothing when the marker existed
	 * @throws DemoLoadException when the gateway refuses the admin or a product
	 */
	public static Result loadOnce(String gatewayUrl, String adminEmail, String adminPassword, Path markerFile) {
		if (Files.exists(markerFile)) {
			return new Result(0, 0, Duration.ZERO, true);
		}
		Result result = load(gatewayUrl, adminEmail, adminPassword, DemoCatalogGenerator.categories(),
				DemoCatalogGenerator.demo());
		try {
			if (markerFile.getParent() != null) {
				Files.createDirectories(markerFile.getParent());
			}
			Files.writeString(markerFile, "demo catalog loaded at " + Instant.now() + ": " + result.products()
					+ " products, " + result.categories() + " categories\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + markerFile, ex);
		}
		return result;
	}

	/**
	 * Loads the given categories and products.
	 */
	public static Result load(String gatewayUrl, String adminEmail, String adminPassword, List<DemoCategory> categories,
			List<DemoProduct> products) {
		Instant start = Instant.now();
		AdminApi api = new AdminApi(gatewayUrl, adminEmail, adminPassword);
		api.login();
		int categoriesCreated = 0;
		for (DemoCategory category : categories) {
			categoriesCreated += api.createCategory(category) ? 1 : 0;
		}
		int productsCreated = 0;
		try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_CALLS)) {
			for (int from = 0; from < products.size(); from += BATCH) {
				List<DemoProduct> batch = products.subList(from, Math.min(from + BATCH, products.size()));
				Map<String, UUID> ids = api.createProducts(batch);
				List<Future<?>> calls = new ArrayList<>();
				for (DemoProduct product : batch) {
					UUID id = ids.get(product.sku());
					if (id != null) {
						calls.add(pool.submit(() -> api.setPrice(id, product.price(), CURRENCY)));
						calls.add(pool.submit(() -> api.setStock(id, product.onHand(), product.lowStockThreshold())));
					}
				}
				await(calls);
				productsCreated += ids.size();
				log.info("Demo catalog: {} of {} products loaded", Math.min(from + BATCH, products.size()),
						products.size());
			}
		}
		return new Result(categoriesCreated, productsCreated, Duration.between(start, Instant.now()), false);
	}

	/**
	 * Loads a catalog from the command line:
	 * {@code <gatewayUrl> <adminEmail> <adminPassword> [productCount]}; with a count, a
	 * benchmark catalog of that many products, otherwise the demo catalog.
	 */
	public static void main(String[] args) {
		if (args.length < 3) {
			System.err.println("Usage: DemoCatalog <gatewayUrl> <adminEmail> <adminPassword> [productCount]");
			System.exit(2);
		}
		List<DemoProduct> products = (args.length > 3) ? DemoCatalogGenerator.benchmark(Integer.parseInt(args[3]))
				: DemoCatalogGenerator.demo();
		Result result = load(args[0], args[1], args[2], DemoCatalogGenerator.categories(), products);
		System.out.println("Loaded " + result.products() + " products and " + result.categories() + " categories in "
				+ result.took().toSeconds() + " s");
	}

	private static void await(List<Future<?>> calls) {
		try {
			for (Future<?> call : calls) {
				call.get();
			}
		}
		catch (ExecutionException ex) {
			calls.forEach((call) -> call.cancel(true));
			if (ex.getCause() instanceof DemoLoadException failure) {
				throw failure;
			}
			throw new DemoLoadException("Loading prices and stock failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoLoadException("Interrupted while loading the demo catalog", ex);
		}
	}

	/**
	 * What a load did.
	 *
	 * @param categories categories created (existing ones are not counted)
	 * @param products products created with their price and stock
	 * @param took how long it took
	 * @param alreadyLoaded whether nothing was done because the marker existed
	 */
	public record Result(int categories, int products, Duration took, boolean alreadyLoaded) {

	}

}
