package shop.payment;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.common.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for payment-service
 * ({@code /api/docs/payment}): the public API with the fleet's problems, nothing
 * internal.
 */
class ApiDocsIntegrationTests extends PaymentTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void documentsThePublicApiWithItsProblems() {
		JsonNode docs = docs();
		assertThat(docs.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/payments/webhooks/paypal");
		assertThat(docs.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "code", "requestId", "traceId", "errors");
		assertThat(docs.at("/paths/~1api~1payments~1webhooks~1paypal/post/security").isMissingNode()).isTrue();
		assertThat(docs
			.at("/paths/~1api~1payments~1webhooks~1paypal/post/responses/400/content/application~1problem+json/example/code")
			.asString()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
		assertThat(docs
			.at("/paths/~1api~1payments~1webhooks~1paypal/post/responses/503/content/application~1problem+json/example/code")
			.asString()).isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");
		assertThat(docs.at("/components/schemas/WebhookReceipt/properties/outcome/example").asString())
			.isEqualTo("APPLIED");
	}

	@Test
	void listsNoInternalEndpoint() {
		HttpResponse<String> docs = Http.get("http://localhost:" + this.port + "/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).doesNotContain("/internal");
	}

	private JsonNode docs() {
		HttpResponse<String> docs = Http.get("http://localhost:" + this.port + "/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		return JSON.readTree(docs.body());
	}

	private static List<String> statuses(JsonNode operation) {
		return List.copyOf(operation.get("responses").propertyNames());
	}

}
