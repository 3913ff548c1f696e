package shop.orders.order;

import java.net.http.HttpResponse;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import shop.common.crypto.CryptoProperties;
import shop.common.test.Http;
import shop.orders.support.OrdersIntegrationTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The personal data of an order's snapshot (DESIGN.md 6): encrypted in the database,
 * unchanged in the API, and orders stored before (in plain text) or under an older key
 * still read and sealed with the active key.
 */
class OrderSnapshotEncryptionIntegrationTests extends OrdersIntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SnapshotResealing resealing;

	@Autowired
	SnapshotCipher cipher;

	@Value("${shop.crypto.keys}")
	String keys;

	@Test
	void keepsTheCustomerAndTheShippingAddressOnlyEncryptedInTheDatabase() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		UUID userId = UUID.randomUUID();
		fleet.stubFor(get(urlPathEqualTo("/internal/users/" + userId)).atPriority(1)
			.willReturn(okJson("""
					{"userId": "%s", "email": "quinn.%s@private.example", "name": "Quinn Private%s"}"""
				.formatted(userId, marker, marker))));
		String body = """
				{"shippingAddress": {"label": "Cabin%1$s", "name": "Rory Recipient%1$s", "line1": "%1$s Hidden Lane",
				 "line2": "Flat %1$s", "city": "Secretville%1$s", "region": "Shire%1$s", "postalCode": "12345",
				 "country": "US"}, "deliveryMode": "standard"}""".formatted(marker);

		HttpResponse<String> placed = placeOrder(userId, UUID.randomUUID().toString(), body);

		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		UUID orderId = UUID.fromString(json(placed).path("orderId").asString());
		JsonNode stored = storedSnapshot(orderId);
		assertThat(stored.get("customer").asString()).startsWith("v1.t2.");
		assertThat(stored.get("address").asString()).startsWith("v1.t2.");
		assertThat(stored.get("items").get(0).has("sku")).as("items stay readable JSON").isTrue();
		assertThat(orderRow(orderId)).doesNotContain(marker, "Quinn", "Private", "Rory", "Hidden Lane", "Secretville",
				"Shire", "Cabin", "private.example");

		HttpResponse<String> confirmed = confirm(userId, orderId);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		assertThat(orderRow(orderId)).doesNotContain(marker, "Quinn", "Rory", "Hidden Lane", "Secretville");
		JsonNode address = json(getOrder(userId, orderId)).path("shipping").path("address");
		assertThat(address.path("label").asString()).isEqualTo("Cabin" + marker);
		assertThat(address.path("name").asString()).isEqualTo("Rory Recipient" + marker);
		assertThat(address.path("line1").asString()).isEqualTo(marker + " Hidden Lane");
		assertThat(address.path("line2").asString()).isEqualTo("Flat " + marker);
		assertThat(address.path("city").asString()).isEqualTo("Secretville" + marker);
		assertThat(address.path("region").asString()).isEqualTo("Shire" + marker);
		assertThat(address.path("postalCode").asString()).isEqualTo("12345");
		assertThat(address.path("country").asString()).isEqualTo("US");
		OrderSnapshot snapshot = this.cipher.open(orderId, orderSnapshotText(orderId));
		assertThat(snapshot.customer())
			.isEqualTo(new Customer(userId, "quinn." + marker + "@private.example", "Quinn Private" + marker));
	}

	@Test
	void readsOrdersStoredInPlainTextBeforeEncryptionAndSealsThemInTheBackground() {
		UUID userId = UUID.randomUUID();
		UUID orderId = confirmedOrder(userId);
		HttpResponse<String> before = getOrder(userId, orderId);
		OrderSnapshot snapshot = this.cipher.open(orderId, orderSnapshotText(orderId));
		this.jdbc.update("update orders.orders set snapshot = cast(? as jsonb) where id = ?",
				JSON.writeValueAsString(snapshot), orderId);
		assertThat(orderRow(orderId)).contains("Springfield", "1 Main Street", "shopper@example.com");

		HttpResponse<String> legacy = getOrder(userId, orderId);
		assertThat(legacy.statusCode()).as(legacy.body()).isEqualTo(200);
		assertThat(json(before).path("shipping").path("address").path("city").asString()).isEqualTo("Springfield");
		assertThat(json(legacy).path("shipping")).isEqualTo(json(before).path("shipping"));
		assertThat(json(legacy).path("items")).isEqualTo(json(before).path("items"));

		assertThat(this.resealing.resealAll()).isPositive();

		assertThat(orderRow(orderId)).doesNotContain("Springfield", "1 Main Street", "shopper@example.com",
				"Sam Shopper");
		assertThat(storedSnapshot(orderId).get("customer").asString()).startsWith("v1.t2.");
		assertThat(this.cipher.open(orderId, orderSnapshotText(orderId))).isEqualTo(snapshot);
		HttpResponse<String> after = getOrder(userId, orderId);
		assertThat(json(after).path("shipping")).isEqualTo(json(before).path("shipping"));
		assertThat(json(after).path("items")).isEqualTo(json(before).path("items"));
		assertThat(this.resealing.resealAll()).as("nothing is left to seal").isZero();
	}

	@Test
	void sealsSnapshotsWrittenUnderAnOlderKeyWithTheActiveOneWhenTheOrderChangesOrInTheBackground() {
		SnapshotCipher oldKey = new SnapshotCipher(new CryptoProperties(true, this.keys, "t1", null).fieldEncryptor(),
				JSON);
		UUID userId = UUID.randomUUID();
		UUID changing = confirmedOrder(userId);
		UUID resting = confirmedOrder(userId);
		for (UUID orderId : new UUID[] { changing, resting }) {
			OrderSnapshot snapshot = this.cipher.open(orderId, orderSnapshotText(orderId));
			this.jdbc.update("update orders.orders set snapshot = cast(? as jsonb) where id = ?",
					oldKey.seal(orderId, snapshot), orderId);
			assertThat(storedSnapshot(orderId).get("address").asString()).startsWith("v1.t1.");
			assertThat(json(getOrder(userId, orderId)).path("shipping").path("address").path("city").asString())
				.isEqualTo("Springfield");
		}

		HttpResponse<String> shipped = Http.post(url("/api/admin/orders/" + changing + "/ship"),
				"{\"carrier\": \"DHL\", \"trackingNumber\": \"JD0042\"}", "Authorization", adminBearer());

		assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
		assertThat(storedSnapshot(changing).get("address").asString()).startsWith("v1.t2.");
		assertThat(storedSnapshot(changing).get("customer").asString()).startsWith("v1.t2.");
		assertThat(storedSnapshot(resting).get("address").asString()).startsWith("v1.t1.");

		assertThat(this.resealing.resealAll()).isPositive();

		assertThat(storedSnapshot(resting).get("address").asString()).startsWith("v1.t2.");
		assertThat(json(getOrder(userId, resting)).path("shipping").path("address").path("city").asString())
			.isEqualTo("Springfield");
	}

	private String orderSnapshotText(UUID orderId) {
		return this.jdbc.queryForObject("select snapshot::text from orders.orders where id = ?", String.class, orderId);
	}

	private JsonNode storedSnapshot(UUID orderId) {
		return JSON.readTree(orderSnapshotText(orderId));
	}

	private String orderRow(UUID orderId) {
		return this.jdbc.queryForObject("select o::text from orders.orders o where id = ?", String.class, orderId);
	}

}
