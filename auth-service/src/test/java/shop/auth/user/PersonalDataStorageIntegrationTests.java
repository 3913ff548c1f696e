package shop.auth.user;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import shop.auth.AuthIntegrationTestSupport;
import shop.common.crypto.BlindIndex;
import shop.common.crypto.CryptoProperties;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataStorageIntegrationTests extends AuthIntegrationTestSupport {

	@Autowired
	UserService users;

	@Autowired
	JsonMapper jsonMapper;

	@Value("${shop.crypto.keys}")
	String cryptoKeys;

	@Value("${shop.crypto.blind-index-key}")
	String blindIndexKey;

	@Test
	void keepsNoPlaintextNamePhoneAddressEmailOrRefreshTokenInTheDatabase() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String email = uniqueEmail("secret" + marker);
		String name = "Zelda Secretname" + marker;
		String phone = "+44 20 7946 " + marker.replaceAll("[^0-9]", "1").substring(0, 4);
		Account account = newCustomer(email, name);
		put("/api/auth/profile", Map.of("phone", phone), "Authorization", account.authorization());
		Map<String, Object> address = ProfileIntegrationTests.address("Hideout" + marker, "42 Hiddenway" + marker);
		address.put("postalCode", "ZX" + marker.substring(0, 4));
		HttpResponse<String> added = post("/api/auth/profile/addresses", address, "Authorization",
				account.authorization());
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

		String userRow = this.jdbc.queryForObject("select u::text from auth.users u where id = ?", String.class,
				account.userId());
		assertThat(userRow).doesNotContain(name, "Zelda", "Secretname", phone, "Hiddenway", "Hideout",
				"ZX" + marker.substring(0, 4), "Springfield", "Pat Parcel", email, "secret" + marker, PASSWORD);

		JsonNode pii = JSON.readTree(this.jdbc.queryForObject("select pii::text from auth.users where id = ?",
				String.class, account.userId()));
		assertThat(pii.get("name").asString()).startsWith("v1.t2.");
		assertThat(pii.get("phone").asString()).startsWith("v1.t2.");
		assertThat(pii.get("addresses").get(0).get("data").asString()).startsWith("v1.t2.");
		assertThat(this.jdbc.queryForObject("select email_cipher from auth.users where id = ?", String.class,
				account.userId()))
			.startsWith("v1.t2.");

		List<String> refreshRows = this.jdbc.queryForList(
				"select t::text from auth.refresh_tokens t where session_id = ?", String.class, account.sessionId());
		assertThat(refreshRows).hasSize(1);
		assertThat(refreshRows.get(0)).doesNotContain(account.refreshToken()).contains(sha256(account.refreshToken()));
	}

	@Test
	void findsAccountsThroughTheBlindIndexUnderAUniqueIndex() {
		String email = uniqueEmail("indexed");
		Account account = newCustomer(email, "Ivy Index");
		String expected = new BlindIndex(Base64.getDecoder().decode(this.blindIndexKey)).of(email);
		assertThat(this.jdbc.queryForObject("select email_hash from auth.users where id = ?", String.class,
				account.userId()))
			.isEqualTo(expected);
		assertThat(this.jdbc.queryForObject(
				"select indexdef from pg_indexes where schemaname = 'auth' and indexname = 'users_email_hash_uq'",
				String.class))
			.contains("UNIQUE")
			.contains("email_hash");
	}

	@Test
	void readsValuesWrittenWithAnOlderKeyAndReencryptsThemWithTheActiveOne() {
		String email = uniqueEmail("rotated");
		Account account = newCustomer(email, "Rory Rotated");
		UUID addressId = UUID.randomUUID();
		PersonalData old = new PersonalData("Rory Rotated", "+1 555 0100", List.of(new Address(addressId, "Home",
				"Rory Rotated", "7 Old Key Road", null, "Oldtown", null, "12345", "GB")));
		CryptoProperties oldKeyOnly = new CryptoProperties(true, this.cryptoKeys, "t1", this.blindIndexKey);
		PersonalDataCipher oldCipher = new PersonalDataCipher(oldKeyOnly.fieldEncryptor(), oldKeyOnly.blindIndex(),
				this.jsonMapper);
		this.jdbc.update("update auth.users set pii = ?::jsonb, email_cipher = ? where id = ?",
				oldCipher.seal(account.userId(), old),
				oldCipher.sealEmail(account.userId(), EmailAddress.normalise(email)), account.userId());
		assertThat(this.jdbc.queryForObject("select email_cipher from auth.users where id = ?", String.class,
				account.userId()))
			.startsWith("v1.t1.");

		JsonNode profile = json(get("/api/auth/profile", "Authorization", account.authorization()));
		assertThat(profile.get("email").asString()).isEqualTo(email);
		assertThat(profile.get("phone").asString()).isEqualTo("+1 555 0100");
		assertThat(profile.get("addresses").get(0).get("line1").asString()).isEqualTo("7 Old Key Road");

		while (this.users.reencryptBatch(100) > 0) {
			// every account written with t1 is rewritten with t2
		}
		assertThat(this.jdbc.queryForObject("select email_cipher from auth.users where id = ?", String.class,
				account.userId()))
			.startsWith("v1.t2.");
		assertThat(this.jdbc.queryForObject("select pii->>'name' from auth.users where id = ?", String.class,
				account.userId()))
			.startsWith("v1.t2.");
		JsonNode after = json(get("/api/auth/profile", "Authorization", account.authorization()));
		assertThat(after.get("email").asString()).isEqualTo(email);
		assertThat(after.get("addresses").get(0).get("addressId").asString()).isEqualTo(addressId.toString());
	}

	private static String sha256(String value) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
	}

}
