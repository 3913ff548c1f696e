package shop.payment;

import org.junit.jupiter.api.Test;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for payment-service
 * ({@code /api/docs/payment}): the public API with the fleet's problems, nothing
 * internal.
 */
class ApiDocsIntegrationTests extends PaymentTestSupport {

	@Test
	void documentsThePublicApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port,
				ApiDocsChecks.operations("POST /api/payments/webhooks/paypal").examplesOn("WebhookReceipt"));
		assertThat(docs.needsToken("POST", "/api/payments/webhooks/paypal")).isFalse();
		assertThat(docs.problemCode("POST", "/api/payments/webhooks/paypal", 400))
			.isEqualTo("WEBHOOK_SIGNATURE_INVALID");
		assertThat(docs.problemCode("POST", "/api/payments/webhooks/paypal", 503))
			.isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");
		assertThat(docs.schema("WebhookReceipt").at("/properties/outcome/example").asString()).isEqualTo("APPLIED");
	}

}
