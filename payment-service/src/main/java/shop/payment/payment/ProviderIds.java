package shop.payment.payment;

import java.util.UUID;

import org.springframework.stereotype.Component;

import shop.common.crypto.BlindIndex;
import shop.common.crypto.FieldEncryptor;

/**
 * Encrypts PayPal's identifiers for storage and decrypts them for use. Each ciphertext is
 * bound (as associated data) to its payment and column, so that a value copied into
 * another row or column does not decrypt; order and capture ids also get a blind index.
 */
@Component
class ProviderIds {

	private final FieldEncryptor encryptor;

	private final BlindIndex blindIndex;

	ProviderIds(FieldEncryptor encryptor, BlindIndex blindIndex) {
		this.encryptor = encryptor;
		this.blindIndex = blindIndex;
	}

	Sealed seal(UUID paymentId, Field field, String value) {
		if (value == null) {
			return null;
		}
		return new Sealed(this.encryptor.encrypt(value, context(paymentId, field)),
				field.indexed ? this.blindIndex.of(value) : null);
	}

	String open(UUID paymentId, Field field, String ciphertext) {
		return this.encryptor.decrypt(ciphertext, context(paymentId, field));
	}

	String index(String value) {
		return this.blindIndex.of(value);
	}

	private static String context(UUID paymentId, Field field) {
		return "payments/" + paymentId + "/" + field.column;
	}

	/**
	 * The encrypted columns.
	 */
	enum Field {

		ORDER("provider_order_id", true), APPROVAL_URL("approval_url", false), PAYER("payer_id", false),
		CAPTURE("capture_id", true), REFUND("refund_id", false);

		private final String column;

		private final boolean indexed;

		Field(String column, boolean indexed) {
			this.column = column;
			this.indexed = indexed;
		}

	}

}
