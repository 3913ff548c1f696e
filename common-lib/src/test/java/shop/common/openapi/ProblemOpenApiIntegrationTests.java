package shop.common.openapi;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import shop.common.test.PostgresTest;
import shop.common.test.TestSecurityConfiguration;
import shop.common.testapp.PlumbingTestApplication;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole chain in a running service: springdoc, the fleet's defaults and the
 * customizer, read from {@code /v3/api-docs} as the gateway reads it.
 */
@SpringBootTest(classes = PlumbingTestApplication.class,
		properties = { "spring.application.name=test-service",
				"shop.internal.caller-keys=orders-service=orders-key,cart-service=cart-key",
				"shop.security.public-paths=GET /api/public/**" })
@AutoConfigureMockMvc
@PostgresTest
@Import(TestSecurityConfiguration.class)
class ProblemOpenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void documentsThePublicApiWithProblemsAndNothingInternal() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("test-service API"))
			.andExpect(jsonPath("$.paths['/api/things'].post").exists())
			.andExpect(jsonPath("$.paths['/api/things'].post.responses['400']['$ref']")
				.value("#/components/responses/BadRequest"))
			.andExpect(jsonPath("$.paths['/api/things'].post.security[0].bearer").exists())
			.andExpect(jsonPath("$.paths['/api/public/ping'].get.security").doesNotExist())
			.andExpect(jsonPath("$.paths['/api/admin/things'].get.responses['403']").exists())
			.andExpect(jsonPath("$.paths['/api/things/{id}'].get.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/me'].get.parameters").doesNotExist())
			.andExpect(jsonPath("$.components.schemas.Problem.properties.traceId").exists())
			.andExpect(jsonPath("$.components.responses.Unauthorized.content['application/problem+json']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
			.andExpect(content().string(not(containsString("/internal/"))));
	}

}
