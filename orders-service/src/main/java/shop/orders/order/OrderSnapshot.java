package shop.orders.order;

import java.util.List;

/**
 * What the order was at order time, kept as JSONB: the customer, the shipping address,
 * the lines with their prices and the warnings the shopper was shown. Later changes of
 * the user, the address book or the catalog never change it.
 *
 * @param customer who ordered
 * @param address where it ships
 * @param items the lines
 * @param warnings what the shopper was told at checkout (accepted price changes)
 */
public record OrderSnapshot(Customer customer, ShippingAddress address, List<OrderLine> items,
		List<OrderWarning> warnings) {

	public OrderSnapshot {
		items = (items != null) ? List.copyOf(items) : List.of();
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	OrderSnapshot withItems(List<OrderLine> newItems, List<OrderWarning> newWarnings) {
		return new OrderSnapshot(this.customer, this.address, newItems, newWarnings);
	}

}
