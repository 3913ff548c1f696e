package shop.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a scenario did behind the public API, read with the fleet's superuser like
 * {@link Invariants}: the exact stock of a product, the stock commit of an order, the
 * attempts of one saga step. For checks the API cannot show (a stock reduced exactly
 * once, a capture whose first answer never arrived).
 */
final class Schemas {

	private Schemas() {
	}

	/**
	 * A product's row of {@code fulfillment.inventory}.
	 */
	record Inventory(int onHand, int reserved) {
	}

	static Inventory inventory(String adminJdbcUrl, String productId) {
		List<Inventory> rows = query(adminJdbcUrl,
				"select on_hand, reserved from fulfillment.inventory where product_id = ? and deleted_at is null",
				productId, (row) -> new Inventory(row.getInt(1), row.getInt(2)));
		if (rows.size() != 1) {
			throw new AssertionError("No single inventory row for product " + productId + ": " + rows);
		}
		return rows.get(0);
	}

	/**
	 * The status of an order's stock commit in fulfillment-service ({@code COMMITTED},
	 * {@code RESTORED}), or {@code null} when nothing was committed.
	 */
	static String stockCommit(String adminJdbcUrl, String orderId) {
		List<String> rows = query(adminJdbcUrl, "select status from fulfillment.stock_commits where order_id = ?",
				orderId, (row) -> row.getString(1));
		return rows.isEmpty() ? null : rows.get(0);
	}

	/**
	 * The outcomes of every attempt of one saga step of an order, oldest first
	 * ({@code SUCCEEDED}, {@code UNAVAILABLE}, ...).
	 */
	static List<String> stepOutcomes(String adminJdbcUrl, String orderId, String step) {
		return query(adminJdbcUrl,
				"select outcome from orders.saga_step_log where order_id = ? and step = ? order by id", orderId,
				(row) -> row.getString(1), step);
	}

	private static <T> List<T> query(String adminJdbcUrl, String sql, String id, Row<T> mapper, String... parameters) {
		try (Connection connection = DriverManager.getConnection(adminJdbcUrl);
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, UUID.fromString(id));
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 2, parameters[i]);
			}
			List<T> results = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					results.add(mapper.map(rows));
				}
			}
			return results;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read " + sql + " for " + id, ex);
		}
	}

	@FunctionalInterface
	private interface Row<T> {

		T map(ResultSet row) throws SQLException;

	}

}
