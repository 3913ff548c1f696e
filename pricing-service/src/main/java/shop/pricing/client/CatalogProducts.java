package shop.pricing.client;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import shop.common.feign.RemoteCalls;
import shop.common.web.ProblemTypes;
import shop.common.web.ShopException;

/**
 * Answers whether catalog sells a product, so that no price is set for a product that
 * does not exist.
 */
@Component
public class CatalogProducts {

	private final CatalogClient catalog;

	public CatalogProducts(CatalogClient catalog) {
		this.catalog = catalog;
	}

	/**
	 * Whether the product exists in the catalog and is not deleted.
	 * @throws ShopException 503 when catalog-service cannot be reached
	 */
	public boolean isActive(UUID productId) {
		try {
			return this.catalog.lookup(new CatalogClient.ProductLookupRequest(List.of(productId)))
				.products()
				.stream()
				.anyMatch((product) -> product.productId().equals(productId) && product.active());
		}
		catch (RuntimeException ex) {
			if (RemoteCalls.isTransient(ex)) {
				throw new ShopException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
						"Service unavailable", "The catalog cannot be reached; try again shortly");
			}
			throw ex;
		}
	}

}
