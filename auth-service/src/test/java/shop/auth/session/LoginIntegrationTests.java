package shop.auth.session;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import shop.auth.AuthIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class LoginIntegrationTests extends AuthIntegrationTestSupport {

	@Test
	void answersATokenPairOfANewSession() {
		String email = uniqueEmail("login");
		assertThat(signUp(email, PASSWORD, "Lena Login").statusCode()).isEqualTo(201);
		HttpResponse<String> response = login(email, PASSWORD, clientIp());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(body.get("expiresIn").asLong()).isEqualTo(900);
		assertThat(body.get("accessToken").asString()).contains(".");
		assertThat(body.get("refreshToken").asString()).doesNotContain(".").hasSizeGreaterThanOrEqualTo(43);
		assertThat(body.get("sessionId").asString()).hasSize(36);
	}

	@Test
	void issuesAnRs256TokenWithTheContractClaimsSignedByAPublishedKey() throws Exception {
		Account account = newCustomer();
		SignedJWT jwt = SignedJWT.parse(account.accessToken());
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		String kid = jwt.getHeader().getKeyID();
		RSAKey key = JWKSet.parse(get("/.well-known/jwks.json").body()).getKeyByKeyId(kid).toRSAKey();
		assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo(account.userId().toString());
		assertThat(claims.getStringClaim("sid")).isEqualTo(account.sessionId().toString());
		assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
		assertThat(claims.getIssuer()).isEqualTo("shop-auth");
		assertThat(claims.getAudience()).containsExactly("shop-api");
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(900_000);
		assertThat(SignedJWT.parse(newCustomer().accessToken()).getJWTClaimsSet().getJWTID())
			.isNotEqualTo(claims.getJWTID());
	}

	@Test
	void answersAnUnknownEmailExactlyLikeAWrongPassword() {
		Account account = newCustomer();
		HttpResponse<String> wrongPassword = login(account.email(), "not-the-password", clientIp());
		HttpResponse<String> unknownEmail = login(uniqueEmail("nobody"), "not-the-password", clientIp());
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(unknownEmail.statusCode()).isEqualTo(401);
		assertThat(unknownEmail.headers().firstValue("Content-Type"))
			.isEqualTo(wrongPassword.headers().firstValue("Content-Type"));
		assertThat(problemWithoutRequestContext(unknownEmail)).isEqualTo(problemWithoutRequestContext(wrongPassword))
			.containsEntry("code", "INVALID_CREDENTIALS");
	}

	@Test
	void takesAboutAsLongForAnUnknownEmailAsForAWrongPassword() {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			String email = uniqueEmail("timing");
			assertThat(signUp(email, PASSWORD, "Tim Ing").statusCode()).isEqualTo(201);
			emails.add(email);
		}
		// warm up both paths before measuring
		login(emails.get(0), "wrong-password", clientIp());
		login(uniqueEmail("warm"), "wrong-password", clientIp());
		List<Long> wrong = new ArrayList<>();
		List<Long> unknown = new ArrayList<>();
		for (int i = 1; i < emails.size(); i++) {
			wrong.add(timeFailedLogin(emails.get(i)));
			unknown.add(timeFailedLogin(uniqueEmail("unknown")));
		}
		long wrongMedian = median(wrong);
		long unknownMedian = median(unknown);
		// the password hash dominates both; without the stand-in hash for unknown emails
		// the unknown path would be several times faster
		assertThat(Math.abs(wrongMedian - unknownMedian))
			.as("median wrong password %d µs, unknown email %d µs", wrongMedian, unknownMedian)
			.isLessThan(Math.max(wrongMedian, unknownMedian) * 2 / 5);
	}

	@Test
	void throttlesAnAccountAfterFiveFailuresEvenForTheRightPassword() {
		Account account = newCustomer();
		for (int i = 0; i < 5; i++) {
			assertThat(login(account.email(), "wrong-password", clientIp()).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> throttled = login(account.email(), PASSWORD, clientIp());
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 900L);
		assertThat(json(throttled).get("code").asString()).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
	}

	@Test
	void throttlesAnUnknownEmailAlikeSoAccountsCannotBeDiscovered() {
		Account account = newCustomer();
		String unknown = uniqueEmail("ghost");
		for (int i = 0; i < 5; i++) {
			login(account.email(), "wrong-password", clientIp());
			login(unknown, "wrong-password", clientIp());
		}
		HttpResponse<String> known = login(account.email(), "wrong-password", clientIp());
		HttpResponse<String> ghost = login(unknown, "wrong-password", clientIp());
		assertThat(known.statusCode()).isEqualTo(429);
		assertThat(ghost.statusCode()).isEqualTo(429);
		Map<String, Object> knownProblem = problemWithoutRequestContext(known);
		Map<String, Object> ghostProblem = problemWithoutRequestContext(ghost);
		knownProblem.remove("retryAfterSeconds");
		ghostProblem.remove("retryAfterSeconds");
		assertThat(ghostProblem).isEqualTo(knownProblem);
	}

	@Test
	void throttlesAClientAddressAcrossAccounts() {
		Account account = newCustomer();
		String address = clientIp();
		for (int i = 0; i < 20; i++) {
			assertThat(login(uniqueEmail("spray"), "wrong-password", address).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> fromThatAddress = login(account.email(), PASSWORD, address);
		assertThat(fromThatAddress.statusCode()).isEqualTo(429);
		assertThat(fromThatAddress.headers().firstValue("Retry-After")).isPresent();
		assertThat(login(account.email(), PASSWORD, clientIp()).statusCode()).isEqualTo(200);
	}

	@Test
	void forgetsAnAccountsFailuresAfterASuccessfulLogin() {
		Account account = newCustomer();
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				assertThat(login(account.email(), "wrong-password", clientIp()).statusCode()).isEqualTo(401);
			}
			assertThat(login(account.email(), PASSWORD, clientIp()).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void refusesMissingCredentialsWithTheirFields() {
		HttpResponse<String> response = post("/api/auth/login", Map.of("email", "someone@example.test"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("password");
	}

	private long timeFailedLogin(String email) {
		long start = System.nanoTime();
		HttpResponse<String> response = login(email, "wrong-password", clientIp());
		long micros = (System.nanoTime() - start) / 1000;
		assertThat(response.statusCode()).isEqualTo(401);
		return micros;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
