package shop.auth.user;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import shop.common.crypto.BlindIndex;
import shop.common.crypto.FieldEncryptor;

/**
 * Turns personal data into its stored form and back. The stored form is a JSON document
 * whose every value is an AES-256-GCM ciphertext ({@link FieldEncryptor}: random nonce,
 * key id inside, so keys rotate): {@code {"name": "v1.k1...", "phone": "v1.k1...",
 * "addresses": [{"addressId": "...", "data": "v1.k1..."}]}}. Each ciphertext is bound to
 * its account and field as associated data, so a value copied to another row or field
 * does not decrypt. The email is stored encrypted too and found through its blind index
 * (HMAC-SHA256 of the normalised email).
 */
@Component
public class PersonalDataCipher {

	private final FieldEncryptor encryptor;

	private final BlindIndex blindIndex;

	private final JsonMapper json;

	PersonalDataCipher(FieldEncryptor encryptor, BlindIndex blindIndex, JsonMapper json) {
		this.encryptor = encryptor;
		this.blindIndex = blindIndex;
		this.json = json;
	}

	/**
	 * The blind index of a normalised email.
	 */
	public String emailIndex(EmailAddress email) {
		return this.blindIndex.of(email.value());
	}

	String sealEmail(UUID userId, EmailAddress email) {
		return this.encryptor.encrypt(email.value(), context(userId, "email"));
	}

	String openEmail(User user) {
		return this.encryptor.decrypt(user.emailCipher(), context(user.id(), "email"));
	}

	String seal(UUID userId, PersonalData data) {
		List<StoredAddress> addresses = data.addresses()
			.stream()
			.map((address) -> new StoredAddress(address.addressId(),
					this.encryptor.encrypt(this.json.writeValueAsString(AddressFields.of(address)),
							context(userId, "address/" + address.addressId()))))
			.toList();
		StoredPersonalData stored = new StoredPersonalData(this.encryptor.encrypt(data.name(), context(userId, "name")),
				this.encryptor.encrypt(data.phone(), context(userId, "phone")), addresses);
		return this.json.writeValueAsString(stored);
	}

	PersonalData open(User user) {
		UUID userId = user.id();
		StoredPersonalData stored = this.json.readValue(user.pii(), StoredPersonalData.class);
		List<Address> addresses = (stored.addresses() != null) ? stored.addresses()
			.stream()
			.map((address) -> this.json
				.readValue(this.encryptor.decrypt(address.data(), context(userId, "address/" + address.addressId())),
						AddressFields.class)
				.toAddress(address.addressId()))
			.toList() : List.of();
		return new PersonalData(this.encryptor.decrypt(stored.name(), context(userId, "name")),
				this.encryptor.decrypt(stored.phone(), context(userId, "phone")), addresses);
	}

	/**
	 * Whether any of the account's values was written with a key other than the active
	 * one.
	 */
	boolean needsRotation(User user) {
		if (this.encryptor.needsRotation(user.emailCipher())) {
			return true;
		}
		StoredPersonalData stored = this.json.readValue(user.pii(), StoredPersonalData.class);
		return this.encryptor.needsRotation(stored.name()) || this.encryptor.needsRotation(stored.phone())
				|| (stored.addresses() != null && stored.addresses()
					.stream()
					.anyMatch((address) -> this.encryptor.needsRotation(address.data())));
	}

	/**
	 * The prefix of values written with the active key, for finding rows to re-encrypt.
	 */
	String activeKeyPrefix() {
		return "v1." + this.encryptor.activeKeyId() + ".";
	}

	private static String context(UUID userId, String field) {
		return "auth.users/" + userId + "/" + field;
	}

	record StoredPersonalData(String name, String phone, List<StoredAddress> addresses) {

	}

	record StoredAddress(UUID addressId, String data) {

	}

	record AddressFields(String label, String name, String line1, String line2, String city, String region,
			String postalCode, String country) {

		static AddressFields of(Address address) {
			return new AddressFields(address.label(), address.name(), address.line1(), address.line2(), address.city(),
					address.region(), address.postalCode(), address.country());
		}

		Address toAddress(UUID addressId) {
			return new Address(addressId, this.label, this.name, this.line1, this.line2, this.city, this.region,
					this.postalCode, this.country);
		}

	}

}
