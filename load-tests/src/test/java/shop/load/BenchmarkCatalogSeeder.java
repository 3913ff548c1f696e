package shop.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Grows a running local fleet's catalog to {@code target} products straight in the
 * fleet's PostgreSQL, for benchmarks only. Loading 100,000 products through the admin API
 * ({@code shop.fleet.demo.DemoCatalog ... 100000}) is the faithful way but takes more
 * than an hour on a 2-core machine; this seeder writes in seconds the same rows the
 * services would write: each new product copies the document of one of the {@code BM-}
 * benchmark products already loaded through the API (new id and SKU, a revision suffix in
 * the name), with its price in pricing's {@code prices}, its stock in fulfillment's
 * {@code inventory}, and catalog's read-model columns set to the same values, all in one
 * transaction. It never touches a non-benchmark product.
 * <p>
 * {@code load-tests/run.sh seed} runs it with the fleet's admin connection; arguments:
 * jdbcUrl user password target.
 */
public final class BenchmarkCatalogSeeder {

	private BenchmarkCatalogSeeder() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length != 4) {
			throw new IllegalArgumentException("arguments: jdbcUrl user password targetProductCount");
		}
		int target = Integer.parseInt(args[3]);
		try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
			connection.setAutoCommit(false);
			int existing = count(connection, "select count(*) from catalog.products where deleted_at is null");
			int sources = count(connection,
					"select count(*) from catalog.products where deleted_at is null and sku like 'BM-%'");
			int missing = target - existing;
			if (missing <= 0) {
				System.out.printf("The catalog already holds %d products%n", existing);
				return;
			}
			if (sources == 0) {
				throw new IllegalStateException("Load some benchmark products through the API first "
						+ "(shop.fleet.demo.DemoCatalog <gateway> <admin> <password> 1000)");
			}
			int offset = count(connection, "select count(*) from catalog.products where sku like 'BX-%'");
			long started = System.nanoTime();
			try (Statement statement = connection.createStatement()) {
				statement.execute(
						"""
								create temporary table seed on commit drop as
								with source as (
								    select row_number() over (order by sku) as n, document, price_amount
								    from catalog.products where deleted_at is null and sku like 'BM-%%')
								select gen_random_uuid() as id,
								       'BX-' || lpad((%2$d + i)::text, 7, '0') as sku,
								       jsonb_set(s.document, '{name}',
								           to_jsonb((s.document ->> 'name') || ' rev. ' || (1 + i %% 9))) as document,
								       round(coalesce(s.price_amount, 99) * (0.85 + (i %% 31) / 100.0), 2) as price,
								       case when i %% 13 = 0 then 0 when i %% 7 = 0 then 1 + i %% 5 else 10 + (i * 37) %% 900 end
								           as on_hand,
								       now() - make_interval(secs => i) as created_at
								from generate_series(1, %1$d) i
								join source s on s.n = 1 + i %% %3$d
								"""
							.formatted(missing, offset, sources));
				statement.execute("""
						insert into catalog.products (id, sku, document, created_at, updated_at, price_amount,
						    price_changed_at, available, stock_changed_at)
						select id, sku, document, created_at, now(), price, now(), on_hand, now() from seed""");
				statement.execute("""
						insert into pricing.prices (product_id, currency, amount, updated_at)
						select id, 'USD', price, now() from seed""");
				statement.execute("""
						insert into pricing.price_history (id, product_id, currency, old_amount, new_amount, changed_at)
						select gen_random_uuid(), id, 'USD', null, price, now() from seed""");
				statement.execute(
						"""
								insert into fulfillment.inventory (product_id, on_hand, reserved, low_stock_threshold, updated_at)
								select id, on_hand, 0, 5, now() from seed""");
			}
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze catalog.products");
				statement.execute("analyze pricing.prices");
				statement.execute("analyze fulfillment.inventory");
			}
			System.out.printf("Added %d products in %d ms: the catalog holds %d%n", missing,
					(System.nanoTime() - started) / 1_000_000,
					count(connection, "select count(*) from catalog.products where deleted_at is null"));
		}
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
