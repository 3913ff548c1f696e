package shop.orders.order;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import shop.common.crypto.FieldEncryptor;

/**
 * Turns an order's snapshot into its stored form and back. The stored form is the JSONB
 * document {@code {"customer": "v1.k1...", "address": "v1.k1...", "items": [...],
 * "warnings": [...]}}: the personal data (the customer's email and name, the whole
 * shipping address) are AES-256-GCM ciphertexts ({@link FieldEncryptor}: random nonce,
 * key id inside, so keys rotate), each bound to its order and field as associated data,
 * so that a value copied into another order or field does not decrypt. Items and warnings
 * stay readable JSON.
 * <p>
 * Orders written before the snapshot was encrypted hold the customer and the address as
 * plain JSON objects. They are still read ({@link #open}), sealed the next time the order
 * changes, and sealed in the background by {@link SnapshotResealing}.
 */
@Component
class SnapshotCipher {

	private final FieldEncryptor encryptor;

	private final JsonMapper json;

	SnapshotCipher(FieldEncryptor encryptor, JsonMapper json) {
		this.encryptor = encryptor;
		this.json = json;
	}

	String seal(UUID orderId, OrderSnapshot snapshot) {
		return this.json.writeValueAsString(new Sealed(encrypt(orderId, "customer", snapshot.customer()),
				encrypt(orderId, "address", snapshot.address()), snapshot.items(), snapshot.warnings()));
	}

	/**
	 * The snapshot of a stored form, sealed or (written before encryption) plain.
	 * @throws shop.common.crypto.DecryptionException when a value is under an unknown key
	 * or was not written for this order
	 */
	OrderSnapshot open(UUID orderId, String stored) {
		Stored document = this.json.readValue(stored, Stored.class);
		return new OrderSnapshot(decrypt(orderId, "customer", document.customer(), Customer.class),
				decrypt(orderId, "address", document.address(), ShippingAddress.class), document.items(),
				document.warnings());
	}

	/**
	 * Whether a stored form holds personal data in plain text or under a key other than
	 * the active one.
	 */
	boolean needsSealing(String stored) {
		Stored document = this.json.readValue(stored, Stored.class);
		return needsSealing(document.customer()) || needsSealing(document.address());
	}

	/**
	 * How the values of the active key begin, for finding the rows to seal.
	 */
	String activeKeyPrefix() {
		return "v1." + this.encryptor.activeKeyId() + ".";
	}

	private boolean needsSealing(JsonNode value) {
		if (value == null || value.isNull()) {
			return false;
		}
		return !value.isString() || this.encryptor.needsRotation(value.asString());
	}

	private String encrypt(UUID orderId, String field, Object value) {
		return (value != null) ? this.encryptor.encrypt(this.json.writeValueAsString(value), context(orderId, field))
				: null;
	}

	private <T> T decrypt(UUID orderId, String field, JsonNode value, Class<T> type) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isString()) {
			return this.json.readValue(this.encryptor.decrypt(value.asString(), context(orderId, field)), type);
		}
		return this.json.treeToValue(value, type);
	}

	private static String context(UUID orderId, String field) {
		return "orders.orders/" + orderId + "/" + field;
	}

	/**
	 * The stored form as written.
	 */
	record Sealed(String customer, String address, List<OrderLine> items, List<OrderWarning> warnings) {

	}

	/**
	 * The stored form as read: the customer and the address are ciphertexts, or plain
	 * objects in an order from before encryption.
	 */
	record Stored(JsonNode customer, JsonNode address, List<OrderLine> items, List<OrderWarning> warnings) {

	}

}
