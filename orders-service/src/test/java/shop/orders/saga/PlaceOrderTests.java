package shop.orders.saga;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceOrderTests {

	private static final UUID ADDRESS = UUID.randomUUID();

	@Test
	void fingerprintsTheBodyNotTheUserOrTheKey() {
		PlaceOrder order = new PlaceOrder(UUID.randomUUID(), "key-1", ADDRESS, null, "standard", false);
		PlaceOrder sameBody = new PlaceOrder(UUID.randomUUID(), "key-2", ADDRESS, null, "standard", false);

		assertThat(order.fingerprint()).isEqualTo(sameBody.fingerprint()).hasSize(64);
	}

	@Test
	void fingerprintsEveryFieldOfTheBody() {
		PlaceOrder order = new PlaceOrder(UUID.randomUUID(), "key", ADDRESS, null, "standard", false);
		PlaceOrder.NewAddress address = new PlaceOrder.NewAddress(null, "Ada", "2 Side Road", null, "Berlin", null,
				"10115", "DE");

		assertThat(order.fingerprint())
			.isNotEqualTo(new PlaceOrder(order.userId(), "key", ADDRESS, null, "express", false).fingerprint())
			.isNotEqualTo(new PlaceOrder(order.userId(), "key", ADDRESS, null, "standard", true).fingerprint())
			.isNotEqualTo(
					new PlaceOrder(order.userId(), "key", UUID.randomUUID(), null, "standard", false).fingerprint())
			.isNotEqualTo(new PlaceOrder(order.userId(), "key", null, address, "standard", false).fingerprint());
		PlaceOrder.NewAddress shifted = new PlaceOrder.NewAddress(null, "Ada", "2 Side Road", "Berlin", null, null,
				"10115", "DE");
		assertThat(new PlaceOrder(order.userId(), "key", null, shifted, "standard", false).fingerprint())
			.as("a value moved to another field is another body")
			.isNotEqualTo(new PlaceOrder(order.userId(), "key", null, address, "standard", false).fingerprint());
	}

}
