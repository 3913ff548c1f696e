package shop.catalog.category;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A category: its slug never changes once created, its name and parent may.
 */
@Entity
@Table(name = "categories")
public class Category {

	@Id
	private UUID id;

	private UUID parentId;

	private String slug;

	private String name;

	private Instant createdAt;

	@Version
	private Long version;

	protected Category() {
	}

	Category(UUID id, UUID parentId, String slug, String name, Instant createdAt) {
		this.id = id;
		this.parentId = parentId;
		this.slug = slug;
		this.name = name;
		this.createdAt = createdAt;
	}

	void rename(String name) {
		this.name = name;
	}

	void moveUnder(UUID parentId) {
		if (this.id.equals(parentId)) {
			throw new IllegalArgumentException("A category cannot be its own parent");
		}
		this.parentId = parentId;
	}

	public UUID id() {
		return this.id;
	}

	public UUID parentId() {
		return this.parentId;
	}

	public String slug() {
		return this.slug;
	}

	public String name() {
		return this.name;
	}

}
