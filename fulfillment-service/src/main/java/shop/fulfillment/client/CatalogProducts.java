package shop.fulfillment.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import shop.common.feign.RemoteCalls;
import shop.common.web.ProblemTypes;
import shop.common.web.ShopException;

/**
 * The products catalog sells, looked up in one call.
 */
@Component
public class CatalogProducts {

	private final CatalogClient catalog;

	public CatalogProducts(CatalogClient catalog) {
		this.catalog = catalog;
	}

	/**
	 * The active (not deleted) products among the given ids, by id.
	 * @throws ShopException 503 when catalog-service cannot be reached
	 */
	public Map<UUID, CatalogClient.CatalogProduct> active(Collection<UUID> productIds) {
		try {
			return this.catalog.lookup(new CatalogClient.ProductLookupRequest(List.copyOf(productIds)))
				.products()
				.stream()
				.filter(CatalogClient.CatalogProduct::active)
				.collect(Collectors.toMap(CatalogClient.CatalogProduct::productId, Function.identity(), (a, b) -> a));
		}
		catch (RuntimeException ex) {
			if (RemoteCalls.isTransient(ex)) {
				throw new ShopException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
						"Service unavailable", "The catalog cannot be reached; try again shortly");
			}
			throw ex;
		}
	}

	/**
	 * Fails with 404 {@code PRODUCT_NOT_FOUND} unless catalog sells every given product.
	 */
	public Map<UUID, CatalogClient.CatalogProduct> requireActive(Collection<UUID> productIds) {
		Map<UUID, CatalogClient.CatalogProduct> found = active(productIds);
		for (UUID productId : productIds) {
			if (!found.containsKey(productId)) {
				throw new ShopException(HttpStatus.NOT_FOUND, "PRODUCT_NOT_FOUND", "Product not found",
						"Product " + productId + " does not exist");
			}
		}
		return found;
	}

}
