package shop.fleet;

import java.util.List;

/**
 * The deployables and their start order: what others call at start-up or on their first
 * requests comes first, the gateway last, so that "ready" means the whole fleet answers.
 * The gateway's actuator is on a management port of its own (8180): its own port is the
 * public one, where it answers only its health.
 */
public final class Fleet {

	public static final List<FleetService> SERVICES = List.of(new FleetService("paypal-simulator", 8092, null, 1),
			new FleetService("log-service", 8090, "logs", 1), new FleetService("auth-service", 8081, "auth", 1),
			new FleetService("pricing-service", 8083, "pricing", 2),
			new FleetService("fulfillment-service", 8084, "fulfillment", 2),
			new FleetService("rating-service", 8088, "rating", 2),
			new FleetService("catalog-service", 8082, "catalog", 2), new FleetService("cart-service", 8085, "cart", 3),
			new FleetService("payment-service", 8086, "payment", 3),
			new FleetService("orders-service", 8087, "orders", 3),
			new FleetService("realtime-service", 8089, null, 3, true),
			new FleetService("health-service", 8091, null, 4, true),
			new FleetService("gateway", 8080, null, 4, false, 8180));

	private Fleet() {
	}

	public static int waves() {
		return SERVICES.stream().mapToInt(FleetService::wave).max().orElse(0);
	}

	public static List<FleetService> wave(int wave) {
		return SERVICES.stream().filter((service) -> service.wave() == wave).toList();
	}

	public static FleetService named(String name) {
		return SERVICES.stream()
			.filter((service) -> service.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service named " + name));
	}

}
