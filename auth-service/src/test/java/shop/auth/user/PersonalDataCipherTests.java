package shop.auth.user;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import shop.common.crypto.CryptoProperties;
import shop.common.crypto.DecryptionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PersonalDataCipherTests {

	private static final String KEYS = "old:" + key(1) + ",new:" + key(2);

	private static final String BLIND = key(3);

	private final PersonalDataCipher cipher = cipher("new");

	private final PersonalData data = new PersonalData("Ada Lovelace", "+44 20 7946 0000",
			List.of(new Address(UUID.randomUUID(), "Home", "Ada Lovelace", "12 St James's Square", null, "London", null,
					"SW1Y 4JH", "GB")));

	@Test
	void storesEveryValueEncryptedAndReadsItBack() {
		UUID userId = UUID.randomUUID();
		String stored = this.cipher.seal(userId, this.data);
		assertThat(stored).doesNotContain("Ada", "Lovelace", "7946", "James", "London", "SW1Y")
			.contains("\"name\":\"v1.new.");
		assertThat(this.cipher.open(user(userId, stored, EmailAddress.normalise("ada@example.test"))))
			.isEqualTo(this.data);
	}

	@Test
	void refusesValuesCopiedFromAnotherAccount() {
		String storedForSomeoneElse = this.cipher.seal(UUID.randomUUID(), this.data);
		User victim = user(UUID.randomUUID(), storedForSomeoneElse, EmailAddress.normalise("v@example.test"));
		assertThatExceptionOfType(DecryptionException.class).isThrownBy(() -> this.cipher.open(victim));
	}

	@Test
	void readsOlderKeysAndTellsWhichAccountsNeedReencryption() {
		UUID userId = UUID.randomUUID();
		PersonalDataCipher old = cipher("old");
		User written = user(userId, old.seal(userId, this.data), EmailAddress.normalise("ada@example.test"), old);
		assertThat(this.cipher.open(written)).isEqualTo(this.data);
		assertThat(this.cipher.openEmail(written)).isEqualTo("ada@example.test");
		assertThat(this.cipher.needsRotation(written)).isTrue();
		User rewritten = user(userId, this.cipher.seal(userId, this.data), EmailAddress.normalise("ada@example.test"));
		assertThat(this.cipher.needsRotation(rewritten)).isFalse();
	}

	@Test
	void indexesEmailsByTheirNormalisedForm() {
		assertThat(this.cipher.emailIndex(EmailAddress.normalise(" Ada@Example.TEST ")))
			.isEqualTo(this.cipher.emailIndex(EmailAddress.normalise("ada@example.test")))
			.hasSize(64)
			.doesNotContain("ada");
	}

	private User user(UUID userId, String pii, EmailAddress email) {
		return user(userId, pii, email, this.cipher);
	}

	private static User user(UUID userId, String pii, EmailAddress email, PersonalDataCipher writer) {
		return User.register(userId, writer.emailIndex(email), writer.sealEmail(userId, email), "hash", pii,
				EnumSet.of(Role.CUSTOMER), Instant.now());
	}

	private static PersonalDataCipher cipher(String activeKey) {
		CryptoProperties properties = new CryptoProperties(true, KEYS, activeKey, BLIND);
		return new PersonalDataCipher(properties.fieldEncryptor(), properties.blindIndex(),
				JsonMapper.builder().build());
	}

	private static String key(int fill) {
		byte[] bytes = new byte[32];
		Arrays.fill(bytes, (byte) fill);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
