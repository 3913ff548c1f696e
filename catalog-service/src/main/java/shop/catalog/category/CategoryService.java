package shop.catalog.category;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.common.util.Ids;
import shop.common.web.ShopException;
import shop.common.web.ValidationException;

/**
 * The category tree: creating, renaming, moving and deleting categories, the tree with
 * product counts, and the slugs a category filter covers.
 */
@Service
public class CategoryService {

	private final CategoryRepository categories;

	private final JdbcClient jdbc;

	private final Clock clock;

	public CategoryService(CategoryRepository categories, JdbcClient jdbc, Clock clock) {
		this.categories = categories;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates a category under {@code parentSlug} (a root when {@code null}); the slug is
	 * derived from the name when not given.
	 * @throws ShopException 409 {@code SLUG_TAKEN} when the slug exists
	 */
	@Transactional
	public Category create(String name, String slug, String parentSlug) {
		String finalSlug = (slug != null && !slug.isBlank()) ? slug.trim() : slugOf(name);
		if (!finalSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || finalSlug.length() > 80) {
			throw ValidationException.of("slug", "must be lower-case letters and digits separated by hyphens");
		}
		if (this.categories.existsBySlug(finalSlug)) {
			throw ShopException.conflict("SLUG_TAKEN", "Slug taken", "A category with slug " + finalSlug + " exists")
				.with("slug", finalSlug);
		}
		UUID parentId = (parentSlug != null) ? parent(parentSlug).id() : null;
		return this.categories
			.save(new Category(Ids.newId(this.clock), parentId, finalSlug, name.trim(), this.clock.instant()));
	}

	/**
	 * The slug of the category a product names: an existing slug as it is, otherwise the
	 * slug of the name, creating that category as a root when it does not exist yet (an
	 * operator may put products on sale without curating the tree first; safe when two
	 * requests create the same category at once).
	 */
	@Transactional
	public String ensure(String category) {
		if (exists(category)) {
			return category;
		}
		String slug = slugOf(category);
		if (slug.length() > 80) {
			throw ValidationException.of("category", "must be at most 80 characters");
		}
		this.jdbc.sql("""
				insert into categories (id, parent_id, slug, name, created_at)
				values (?, null, ?, ?, ?)
				on conflict (slug) do nothing""")
			.params(Ids.newId(this.clock), slug, category.trim(), java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return slug;
	}

	/**
	 * Renames a category and moves it under {@code parentSlug} (to the roots when
	 * {@code null}).
	 * @throws ValidationException when the move would make the category its own ancestor
	 */
	@Transactional
	public Category update(UUID id, String name, String parentSlug) {
		Category category = this.categories.findById(id).orElseThrow(() -> ShopException.notFound("Category", id));
		UUID parentId = null;
		if (parentSlug != null) {
			Category parent = parent(parentSlug);
			Map<UUID, Category> byId = new HashMap<>();
			this.categories.findAll().forEach((each) -> byId.put(each.id(), each));
			for (Category ancestor = parent; ancestor != null; ancestor = (ancestor.parentId() != null)
					? byId.get(ancestor.parentId()) : null) {
				if (ancestor.id().equals(id)) {
					throw ValidationException.of("parentSlug", "must not be the category itself or one below it");
				}
			}
			parentId = parent.id();
		}
		category.rename(name.trim());
		category.moveUnder(parentId);
		return category;
	}

	/**
	 * Deletes an empty category.
	 * @throws ShopException 409 {@code CATEGORY_IN_USE} while it has subcategories or
	 * products
	 */
	@Transactional
	public void delete(UUID id) {
		Category category = this.categories.findById(id).orElseThrow(() -> ShopException.notFound("Category", id));
		long products = this.jdbc
			.sql("select count(*) from products where deleted_at is null and document ->> 'category' = ?")
			.param(category.slug())
			.query(Long.class)
			.single();
		if (products > 0 || this.categories.existsByParentId(id)) {
			throw ShopException.conflict("CATEGORY_IN_USE", "Category in use",
					"Category " + category.slug() + " still has products or subcategories");
		}
		this.categories.delete(category);
	}

	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return this.categories.existsBySlug(slug);
	}

	/**
	 * The slug and the slugs of every category below it; empty for an unknown slug.
	 */
	@Transactional(readOnly = true)
	public List<String> slugAndDescendants(String slug) {
		return this.jdbc.sql("""
				with recursive tree as (
				    select id, slug from categories where slug = ?
				    union all
				    select c.id, c.slug from categories c join tree t on c.parent_id = t.id
				)
				select slug from tree""").param(slug).query(String.class).list();
	}

	/**
	 * The whole tree, roots first, each category with the live products in it and below
	 * it.
	 */
	@Transactional(readOnly = true)
	public List<CategoryNode> tree() {
		Map<String, Long> direct = new HashMap<>();
		this.jdbc.sql("""
				select document ->> 'category' as slug, count(*) as products from products
				where deleted_at is null group by 1""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach((entry) -> direct.put(entry.getKey(), entry.getValue()));
		List<Category> all = this.categories.findAllOrdered();
		Map<UUID, List<Category>> children = new HashMap<>();
		List<Category> roots = new ArrayList<>();
		for (Category category : all) {
			if (category.parentId() == null) {
				roots.add(category);
			}
			else {
				children.computeIfAbsent(category.parentId(), (key) -> new ArrayList<>()).add(category);
			}
		}
		return roots.stream().map((root) -> node(root, children, direct, new LinkedHashSet<>())).toList();
	}

	/**
	 * One category with its subtree.
	 */
	@Transactional(readOnly = true)
	public CategoryNode node(String slug) {
		return find(tree(), slug).orElseThrow(() -> ShopException.notFound("Category", slug));
	}

	private static Optional<CategoryNode> find(List<CategoryNode> nodes, String slug) {
		for (CategoryNode node : nodes) {
			if (node.slug().equals(slug)) {
				return Optional.of(node);
			}
			Optional<CategoryNode> below = find(node.children(), slug);
			if (below.isPresent()) {
				return below;
			}
		}
		return Optional.empty();
	}

	private static CategoryNode node(Category category, Map<UUID, List<Category>> children, Map<String, Long> direct,
			Set<UUID> path) {
		path.add(category.id());
		List<CategoryNode> below = children.getOrDefault(category.id(), List.of())
			.stream()
			.filter((child) -> !path.contains(child.id()))
			.map((child) -> node(child, children, direct, path))
			.toList();
		long count = direct.getOrDefault(category.slug(), 0L)
				+ below.stream().mapToLong(CategoryNode::productCount).sum();
		path.remove(category.id());
		return new CategoryNode(category.id(), category.slug(), category.name(), category.parentId(), count, below);
	}

	private Category parent(String parentSlug) {
		return this.categories.findBySlug(parentSlug)
			.orElseThrow(() -> ValidationException.of("parentSlug", "must be the slug of an existing category"));
	}

	static String slugOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "category" : slug;
	}

}
