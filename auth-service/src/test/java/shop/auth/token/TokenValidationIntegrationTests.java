package shop.auth.token;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import shop.auth.AuthIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * auth-service checks the tokens it is called with itself, exactly as every other service
 * does: a tampered, unsigned, expired, foreign or misaddressed token is refused with 401.
 */
class TokenValidationIntegrationTests extends AuthIntegrationTestSupport {

	@Autowired
	SigningKeys keys;

	@Test
	void acceptsATokenSignedWithTheActiveKey() throws Exception {
		Account account = newCustomer();
		String token = sign(claims(account).build(), activeKid(), activeKey());
		assertThat(profileStatus(token)).isEqualTo(200);
	}

	@Test
	void refusesATokenWhoseRolesClaimWasChanged() throws Exception {
		Account account = newCustomer();
		String[] parts = account.accessToken().split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		assertThat(payload).contains("\"roles\":[\"CUSTOMER\"]");
		String forged = payload.replace("\"roles\":[\"CUSTOMER\"]", "\"roles\":[\"CUSTOMER\",\"ADMIN\"]");
		String token = parts[0] + "." + base64(forged) + "." + parts[2];
		assertThat(profileStatus(token)).isEqualTo(401);
		HttpResponse<String> admin = post("/api/admin/users/" + account.userId() + "/roles", "{\"grant\":[\"ADMIN\"]}",
				"Authorization", bearer(token));
		assertThat(admin.statusCode()).isEqualTo(401);
	}

	@Test
	void refusesAnUnsignedAlgNoneToken() throws Exception {
		Account account = newCustomer();
		String payload = account.accessToken().split("\\.")[1];
		assertThat(profileStatus(base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".")).isEqualTo(401);
		assertThat(profileStatus(base64("{\"alg\":\"none\"}") + "." + payload)).isEqualTo(401);
	}

	@Test
	void refusesAnExpiredToken() throws Exception {
		Account account = newCustomer();
		Instant past = Instant.now().minusSeconds(3600);
		String token = sign(
				claims(account).issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(900))).build(),
				activeKid(), activeKey());
		assertThat(profileStatus(token)).isEqualTo(401);
	}

	@Test
	void refusesATokenSignedWithAnotherKey() throws Exception {
		Account account = newCustomer();
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		RSAPrivateKey otherKey = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
		assertThat(profileStatus(sign(claims(account).build(), activeKid(), otherKey))).isEqualTo(401);
		assertThat(profileStatus(sign(claims(account).build(), "unknown-kid", otherKey))).isEqualTo(401);
	}

	@Test
	void refusesAWrongIssuerOrAudience() throws Exception {
		Account account = newCustomer();
		assertThat(profileStatus(sign(claims(account).issuer("someone-else").build(), activeKid(), activeKey())))
			.isEqualTo(401);
		assertThat(profileStatus(sign(claims(account).audience("other-api").build(), activeKid(), activeKey())))
			.isEqualTo(401);
	}

	@Test
	void refusesATokenOfAnotherUsersSession() throws Exception {
		Account account = newCustomer();
		Account other = newCustomer();
		String token = sign(claims(account).claim("sid", other.sessionId().toString()).build(), activeKid(),
				activeKey());
		assertThat(profileStatus(token)).isEqualTo(401);
	}

	@Test
	void publishesOnlyPublicKeysEachWithItsKid() {
		HttpResponse<String> response = get("/.well-known/jwks.json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60");
		JsonNode keys = json(response).get("keys");
		assertThat(keys.size()).isGreaterThanOrEqualTo(1);
		List<String> kids = new ArrayList<>();
		keys.forEach((key) -> {
			assertThat(key.get("kty").asString()).isEqualTo("RSA");
			assertThat(key.get("alg").asString()).isEqualTo("RS256");
			assertThat(key.get("use").asString()).isEqualTo("sig");
			assertThat(key.has("d")).isFalse();
			assertThat(key.has("p")).isFalse();
			kids.add(key.get("kid").asString());
		});
		assertThat(kids).contains(activeKid());
	}

	@Test
	void keepsTokensOfARotatedKeyValidUntilTheyExpire() throws Exception {
		Account before = newCustomer();
		String oldKid = SignedJWT.parse(before.accessToken()).getHeader().getKeyID();

		String newKid = this.keys.rotate();

		assertThat(newKid).isNotEqualTo(oldKid);
		List<String> published = new ArrayList<>();
		json(get("/.well-known/jwks.json")).get("keys").forEach((key) -> published.add(key.get("kid").asString()));
		assertThat(published).contains(oldKid, newKid);
		assertThat(profileStatus(before.accessToken())).isEqualTo(200);
		Account after = logIn(before.email(), before.password());
		assertThat(SignedJWT.parse(after.accessToken()).getHeader().getKeyID()).isEqualTo(newKid);
		assertThat(profileStatus(after.accessToken())).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select retired_at is not null from auth.signing_keys where kid = ?",
				Boolean.class, oldKid))
			.isTrue();
	}

	@Test
	void storesPrivateKeysOnlyEncrypted() {
		List<String> privateKeys = this.jdbc.queryForList("select private_key from auth.signing_keys", String.class);
		assertThat(privateKeys).isNotEmpty().allSatisfy((value) -> {
			assertThat(value).startsWith("v1.t2.");
			assertThat(value).doesNotContain("MII");
		});
	}

	private int profileStatus(String token) {
		HttpResponse<String> response = get("/api/auth/profile", "Authorization", bearer(token));
		if (response.statusCode() == 401) {
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
		}
		return response.statusCode();
	}

	private String activeKid() {
		return this.keys.ring().active().kid();
	}

	private RSAPrivateKey activeKey() {
		return this.keys.ring().active().privateKey();
	}

	private static JWTClaimsSet.Builder claims(Account account) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().subject(account.userId().toString())
			.issuer("shop-auth")
			.audience("shop-api")
			.claim("sid", account.sessionId().toString())
			.claim("roles", List.of("CUSTOMER"))
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)));
	}

	private static String sign(JWTClaimsSet claims, String kid, RSAPrivateKey key) throws Exception {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
