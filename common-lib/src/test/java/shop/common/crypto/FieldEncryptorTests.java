package shop.common.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldEncryptorTests {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey k1 = key();

	private final SecretKey k2 = key();

	@Test
	void roundTripsAndNeverRepeatsACiphertext() {
		FieldEncryptor encryptor = new FieldEncryptor(Map.of("k1", this.k1), "k1");
		String first = encryptor.encrypt("Ada Lovelace, +44 20 7946 0000");
		String second = encryptor.encrypt("Ada Lovelace, +44 20 7946 0000");
		assertThat(first).isNotEqualTo(second).startsWith("v1.k1.").doesNotContain("Ada");
		assertThat(encryptor.decrypt(first)).isEqualTo("Ada Lovelace, +44 20 7946 0000");
		assertThat(encryptor.decrypt(second)).isEqualTo("Ada Lovelace, +44 20 7946 0000");
	}

	@Test
	void usesA96BitNonceAndA128BitTag() {
		FieldEncryptor encryptor = new FieldEncryptor(Map.of("k1", this.k1), "k1");
		String ciphertext = encryptor.encrypt("abc");
		byte[] raw = Base64.getUrlDecoder().decode(ciphertext.split("\\.")[2]);
		assertThat(raw).hasSize(12 + 3 + 16);
	}

	@Test
	void keepsOldValuesReadableAfterARotation() {
		FieldEncryptor before = new FieldEncryptor(Map.of("k1", this.k1), "k1");
		String old = before.encrypt("old address");
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		keys.put("k1", this.k1);
		keys.put("k2", this.k2);
		FieldEncryptor after = new FieldEncryptor(keys, "k2");
		assertThat(after.decrypt(old)).isEqualTo("old address");
		String fresh = after.encrypt("new address");
		assertThat(fresh).startsWith("v1.k2.");
		assertThat(after.needsRotation(old)).isTrue();
		assertThat(after.needsRotation(fresh)).isFalse();
		assertThatThrownBy(() -> before.decrypt(fresh)).isInstanceOf(DecryptionException.class)
			.hasMessageContaining("k2");
	}

	@Test
	void detectsTamperingAndMisplacedValues() {
		FieldEncryptor encryptor = new FieldEncryptor(Map.of("k1", this.k1), "k1");
		String ciphertext = encryptor.encrypt("secret", "users:1:name");
		String[] parts = ciphertext.split("\\.");
		byte[] raw = Base64.getUrlDecoder().decode(parts[2]);
		raw[raw.length - 1] ^= 0x01;
		String tampered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		assertThatThrownBy(() -> encryptor.decrypt(tampered, "users:1:name")).isInstanceOf(DecryptionException.class);
		assertThatThrownBy(() -> encryptor.decrypt(ciphertext, "users:2:name")).isInstanceOf(DecryptionException.class);
		assertThat(encryptor.decrypt(ciphertext, "users:1:name")).isEqualTo("secret");
		assertThatThrownBy(() -> encryptor.decrypt("plain text")).isInstanceOf(DecryptionException.class);
	}

	@Test
	void refusesShortKeysAndAnUnknownActiveKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FieldEncryptor(Map.of("k1", new SecretKeySpec(new byte[16], "AES")), "k1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new FieldEncryptor(Map.of("k1", this.k1), "k9"));
	}

	@Test
	void readsKeysFromPropertiesAndRefusesToStartWithout() {
		String b64 = Base64.getEncoder().encodeToString(this.k1.getEncoded());
		String b64b = Base64.getEncoder().encodeToString(this.k2.getEncoded());
		CryptoProperties properties = new CryptoProperties(true, "2025a:" + b64 + ", 2026a:" + b64b, null, b64);
		assertThat(properties.fieldEncryptor().activeKeyId()).isEqualTo("2026a");
		assertThat(properties.blindIndex().of("a@b.c")).hasSize(64);
		assertThatIllegalStateException()
			.isThrownBy(() -> new CryptoProperties(true, null, null, null).fieldEncryptor())
			.withMessageContaining("SHOP_CRYPTO_KEYS");
		assertThatIllegalStateException().isThrownBy(() -> new CryptoProperties(true, b64, null, b64).fieldEncryptor());
	}

	@Test
	void blindIndexIsDeterministicAndKeyed() {
		BlindIndex one = new BlindIndex(this.k1.getEncoded());
		BlindIndex other = new BlindIndex(this.k2.getEncoded());
		assertThat(one.of("ada@example.com")).isEqualTo(one.of("ada@example.com"))
			.isNotEqualTo(one.of("bob@example.com"))
			.isNotEqualTo(other.of("ada@example.com"));
	}

	private static SecretKey key() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new SecretKeySpec(bytes, "AES");
	}

}
