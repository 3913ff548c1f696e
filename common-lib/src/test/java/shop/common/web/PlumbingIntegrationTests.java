package shop.common.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import shop.common.test.PostgresTest;
import shop.common.test.TestKeys;
import shop.common.test.TestSecurityConfiguration;
import shop.common.testapp.PlumbingTestApplication;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(classes = PlumbingTestApplication.class,
		properties = { "spring.application.name=test-service",
				"shop.internal.caller-keys=orders-service=orders-key,cart-service=cart-key",
				"shop.security.public-paths=GET /api/public/**" })
@AutoConfigureMockMvc
@PostgresTest
@Import(TestSecurityConfiguration.class)
class PlumbingIntegrationTests {

	@Autowired
	MockMvc mvc;

	String customer = "Bearer " + TestKeys.token(UUID.randomUUID(), "CUSTOMER");

	@Test
	void answersValidationFailuresWithAnErrorsList() throws Exception {
		this.mvc
			.perform(post("/api/things").header("Authorization", this.customer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"quantity\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://wholesale-shop.dev/problems/validation-failed"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'quantity')].message").exists());
	}

	@Test
	void answersMalformedJsonWith400Problem() throws Exception {
		this.mvc
			.perform(post("/api/things").header("Authorization", this.customer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\", "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
	}

	@Test
	void answersWrongTypesWith400Problem() throws Exception {
		this.mvc.perform(get("/api/things/not-a-uuid").header("Authorization", this.customer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		this.mvc
			.perform(post("/api/things").header("Authorization", this.customer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"x\",\"quantity\":\"many\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersUnknownPathsAndMethodsWithProblems() throws Exception {
		this.mvc.perform(get("/api/nothing-here").header("Authorization", this.customer))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("NOT_FOUND"))
			.andExpect(jsonPath("$.detail").value("No resource at this path"));
		this.mvc.perform(put("/api/things").header("Authorization", this.customer))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
	}

	@Test
	void rendersDomainExceptionsWithTheirCodeAndExtensions() throws Exception {
		this.mvc.perform(post("/api/things/" + UUID.randomUUID() + "/reserve").header("Authorization", this.customer))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://wholesale-shop.dev/problems/out-of-stock"))
			.andExpect(jsonPath("$.code").value("OUT_OF_STOCK"))
			.andExpect(jsonPath("$.available").value(3));
	}

	@Test
	void neverRevealsInternalsOfUnexpectedErrors() throws Exception {
		this.mvc.perform(get("/api/boom").header("Authorization", this.customer).header("X-Request-Id", "req-42"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.requestId").value("req-42"))
			.andExpect(content().string(not(containsString("secret internals"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
	}

	@Test
	void answersAnUnavailableDependencyWith503AndRetryAfter() throws Exception {
		this.mvc.perform(get("/api/downstream").header("Authorization", this.customer))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"))
			.andExpect(content().string(not(containsString("Payments#capture"))));
	}

	@Test
	void echoesAWellFormedRequestIdAndReplacesAMalformedOne() throws Exception {
		this.mvc.perform(get("/api/public/ping").header("X-Request-Id", "abc-123"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Request-Id", "abc-123"));
		this.mvc.perform(get("/api/public/ping").header("X-Request-Id", "bad id\nwith newline"))
			.andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
	}

	@Test
	void requiresAValidTokenOutsidePublicPaths() throws Exception {
		this.mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", "Bearer"));
		this.mvc.perform(get("/api/me").header("Authorization", "Bearer not.a.jwt"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("UNAUTHORIZED"));
		String expired = TestKeys.token(UUID.randomUUID(), "s", Instant.now().minusSeconds(600), List.of("CUSTOMER"));
		this.mvc.perform(get("/api/me").header("Authorization", "Bearer " + expired))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/public/ping")).andExpect(status().isOk());
		this.mvc.perform(get("/api/public/ping").header("Authorization", "Bearer " + expired))
			.andExpect(status().isOk());
	}

	@Test
	void resolvesTheCurrentUserFromTheToken() throws Exception {
		UUID userId = UUID.randomUUID();
		this.mvc.perform(get("/api/me").header("Authorization", "Bearer " + TestKeys.token(userId, "CUSTOMER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value(userId.toString()));
	}

	@Test
	void reservesAdminPathsToAdmins() throws Exception {
		this.mvc.perform(get("/api/admin/things").header("Authorization", this.customer))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(get("/api/admin/things").header("Authorization",
					"Bearer " + TestKeys.token(UUID.randomUUID(), "CUSTOMER", "ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void refusesInternalCallsWithoutAValidKey() throws Exception {
		this.mvc.perform(post("/internal/payments/capture"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/internal/payments/capture").header("X-Api-Key", "guess"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/internal/payments/capture").header("X-Api-Key", "guess")
				.header("Authorization", this.customer))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void letsOnlyListedCallersUseAnInternalEndpoint() throws Exception {
		this.mvc.perform(post("/internal/payments/capture").header("X-Api-Key", "orders-key"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.captured").value(true));
		this.mvc.perform(post("/internal/payments/capture").header("X-Api-Key", "cart-key"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("FORBIDDEN"));
	}

	@Test
	void refusesEveryCallerOfAnInternalEndpointThatListsNone() throws Exception {
		this.mvc.perform(get("/internal/forgotten").header("X-Api-Key", "orders-key"))
			.andExpect(status().isForbidden());
	}

	@Test
	void capsThePageSizeAndRejectsBadPaging() throws Exception {
		this.mvc.perform(get("/api/things?size=1000").header("Authorization", this.customer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(PageQuery.MAX_SIZE));
		this.mvc.perform(get("/api/things?page=-1&size=0").header("Authorization", this.customer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)));
		this.mvc.perform(get("/api/things?size=abc").header("Authorization", this.customer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

}
