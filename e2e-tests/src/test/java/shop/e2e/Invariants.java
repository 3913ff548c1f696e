package shop.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The four invariants of DESIGN §4, read across every service's schema with the fleet's
 * superuser (the services themselves never cross schemas; a checker of the whole may).
 */
final class Invariants {

	private static final String[][] CHECKS = { { "oversell: reserved or committed beyond what is on hand",
			"select product_id from fulfillment.inventory where on_hand < 0 or reserved > on_hand or reserved < 0" },
			{ "double charge: more than one live payment for an order",
					"select order_id from payment.payments where deleted_at is null group by order_id having count(*) > 1" },
			{ "money without goods: a captured payment whose order is not confirmed",
					"select p.order_id from payment.payments p join orders.orders o on o.id = p.order_id "
							+ "where p.deleted_at is null and p.status = 'CAPTURED' "
							+ "and o.status not in ('PAYMENT_CAPTURED', 'STOCK_COMMITTED', 'CONFIRMED', 'SHIPPED', 'DELIVERED')" },
			{ "stuck cart: a cart locked by an order whose checkout has ended",
					"select c.id from cart.carts c join orders.orders o on o.id = c.locked_by "
							+ "where c.deleted_at is null and c.status = 'LOCKED' "
							+ "and o.status in ('CANCELLED', 'FAILED', 'REFUNDED')" } };

	private Invariants() {
	}

	/**
	 * Every violation found, as readable lines; empty when the fleet's data is
	 * consistent.
	 */
	static List<String> violations(String adminJdbcUrl) {
		List<String> violations = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(adminJdbcUrl);
				Statement statement = connection.createStatement()) {
			for (String[] check : CHECKS) {
				try (ResultSet rows = statement.executeQuery(check[1])) {
					while (rows.next()) {
						violations.add(check[0] + ": " + rows.getString(1));
					}
				}
			}
		}
		catch (SQLException ex) {
			violations.add("the invariant checker could not read the schemas: " + ex.getMessage());
		}
		return violations;
	}

}
