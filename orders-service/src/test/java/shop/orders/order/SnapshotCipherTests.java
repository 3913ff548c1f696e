package shop.orders.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.common.crypto.CryptoProperties;
import shop.common.crypto.DecryptionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotCipherTests {

	private static final String KEYS = "old:Ug9dT0vO2k7e9o1J5Wc0oW2mS8eR1yC3xA4uZ6nB7hQ=,new:m3Xq1Vd8Lr0Pz5Kc2Hs7Nw4Jt9Fb6Gy1Ae3Ri8Uo0Ek=";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SnapshotCipher cipher = cipher("new");

	private final UUID orderId = UUID.randomUUID();

	private final OrderSnapshot snapshot = new OrderSnapshot(
			new Customer(UUID.randomUUID(), "ada@example.com", "Ada Lovelace"),
			new ShippingAddress(UUID.randomUUID(), "Home", "Ada Lovelace", "12 St James's Square", null, "London", null,
					"SW1Y 4JH", "GB"),
			List.of(new OrderLine(UUID.randomUUID(), "LT-1", "Laptop", 2, new BigDecimal("999.90"))),
			List.of(new OrderWarning("PRICE_CHANGED", UUID.randomUUID(), "The price changed")));

	@Test
	void encryptsTheCustomerAndTheAddressAndKeepsTheItemsReadable() {
		String stored = this.cipher.seal(this.orderId, this.snapshot);

		assertThat(stored).doesNotContain("Ada", "Lovelace", "ada@example.com", "James", "London", "SW1Y", "Home");
		JsonNode document = JSON.readTree(stored);
		assertThat(document.get("customer").asString()).startsWith("v1.new.");
		assertThat(document.get("address").asString()).startsWith("v1.new.");
		assertThat(document.get("items").get(0).get("sku").asString()).isEqualTo("LT-1");
		assertThat(document.get("warnings").get(0).get("code").asString()).isEqualTo("PRICE_CHANGED");
		assertThat(this.cipher.open(this.orderId, stored)).isEqualTo(this.snapshot);
		assertThat(this.cipher.needsSealing(stored)).isFalse();
	}

	@Test
	void refusesACiphertextCopiedFromAnotherOrder() {
		String stored = this.cipher.seal(this.orderId, this.snapshot);

		assertThatThrownBy(() -> this.cipher.open(UUID.randomUUID(), stored)).isInstanceOf(DecryptionException.class);
	}

	@Test
	void readsSnapshotsStoredBeforeEncryptionAndAsksToSealThem() {
		String plain = JSON.writeValueAsString(this.snapshot);

		assertThat(this.cipher.open(this.orderId, plain)).isEqualTo(this.snapshot);
		assertThat(this.cipher.needsSealing(plain)).isTrue();
	}

	@Test
	void readsSnapshotsSealedUnderAnOlderKeyAndAsksToSealThemAgain() {
		String old = cipher("old").seal(this.orderId, this.snapshot);

		assertThat(JSON.readTree(old).get("customer").asString()).startsWith("v1.old.");
		assertThat(this.cipher.open(this.orderId, old)).isEqualTo(this.snapshot);
		assertThat(this.cipher.needsSealing(old)).isTrue();
		assertThat(this.cipher.activeKeyPrefix()).isEqualTo("v1.new.");
	}

	@Test
	void keepsAMissingAddressMissing() {
		OrderSnapshot noAddress = new OrderSnapshot(this.snapshot.customer(), null, List.of(), List.of());

		String stored = this.cipher.seal(this.orderId, noAddress);

		assertThat(this.cipher.open(this.orderId, stored)).isEqualTo(noAddress);
		assertThat(this.cipher.needsSealing(stored)).isFalse();
	}

	private static SnapshotCipher cipher(String activeKeyId) {
		return new SnapshotCipher(new CryptoProperties(true, KEYS, activeKeyId, null).fieldEncryptor(), JSON);
	}

}
