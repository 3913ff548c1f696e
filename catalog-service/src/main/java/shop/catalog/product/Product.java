package shop.catalog.product;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import shop.common.web.ShopException;

/**
 * A product of the catalog. A deleted product stays (soft delete) but is gone for
 * shoppers, and refuses every further change.
 */
@Entity
@Table(name = "products")
public class Product {

	@Id
	private UUID id;

	private String sku;

	@JdbcTypeCode(SqlTypes.JSON)
	private ProductDocument document;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant deletedAt;

	@Version
	private Long version;

	protected Product() {
	}

	Product(UUID id, String sku, ProductDocument document, Instant now) {
		this.id = id;
		this.sku = sku;
		this.document = document;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void update(String sku, ProductDocument document, Instant now) {
		requireLive();
		this.sku = sku;
		this.document = document;
		this.updatedAt = now;
	}

	void delete(Instant now) {
		requireLive();
		this.deletedAt = now;
		this.updatedAt = now;
	}

	private void requireLive() {
		if (isDeleted()) {
			throw ShopException.notFound("Product", this.id);
		}
	}

	public boolean isDeleted() {
		return this.deletedAt != null;
	}

	public UUID id() {
		return this.id;
	}

	public String sku() {
		return this.sku;
	}

	public ProductDocument document() {
		return this.document;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
