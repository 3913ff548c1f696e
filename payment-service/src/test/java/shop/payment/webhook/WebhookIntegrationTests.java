package shop.payment.webhook;

import java.util.Locale;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import shop.payment.PaymentTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WebhookIntegrationTests extends PaymentTestSupport {

	private static final String VERIFY = "/v1/notifications/verify-webhook-signature";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcTemplate jdbc;

	private final UUID orderId = UUID.randomUUID();

	private final String paypalOrderId = paypalId();

	private final String captureId = paypalId();

	private final String eventId = "WH-" + paypalId() + "-" + paypalId();

	private String paymentId;

	@BeforeEach
	void aPaymentAwaitsItsPayer() throws Exception {
		paypal.stubFor(WireMock.post(urlPathEqualTo("/v2/checkout/orders"))
			.willReturn(json(201, recorded("order-created", "ORDER_ID", this.paypalOrderId, "REFERENCE",
					this.orderId.toString(), "AMOUNT", "25.00", "ITEM_TOTAL", "25.00", "SHIPPING", "0.00"))));
		String body = this.mvc
			.perform(post("/internal/payments").header("X-Api-Key", "orders-key")
				.header("Idempotency-Key", "create-" + this.orderId)
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"orderId":"%s","amount":{"amount":"25.00","currency":"USD"},
								 "items":[{"sku":"SKU-9","name":"Hub","quantity":1,"unitPrice":{"amount":"25.00","currency":"USD"}}],
								 "returnUrl":"https://shop.example/return","cancelUrl":"https://shop.example/cancel"}"""
							.formatted(this.orderId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.paymentId = JSON.readTree(body).get("paymentId").asString();
	}

	@Test
	void refusesAnEventWhoseSignaturePayPalDoesNotConfirm() throws Exception {
		verificationSays("FAILURE");
		deliver(captureCompleted()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("WEBHOOK_SIGNATURE_INVALID"));
		paypal.verify(1, postRequestedFor(urlPathEqualTo(VERIFY)).withHeader("Authorization", matching("Bearer .+"))
			.withRequestBody(matchingJsonPath("$.webhook_id", equalTo("WH-TEST")))
			.withRequestBody(matchingJsonPath("$.transmission_id", equalTo("69cd13f0-d67a-11e5-baa3-778b53f4ae55")))
			.withRequestBody(matchingJsonPath("$.transmission_sig", equalTo(
					"lmI95Jx3Y9nhR5SJWlHVIWpg4AgFk7n9bCHSRxbrd8A9zrhdu2rMyFrmz+Zjh3s3boXB07VXCXUZy/UFzUlnGJn0wDugt7FlSvdKeIJenLRemUxYCPVoEZzg9VFNqOa48gMkvF+XTpxBeUx/kWy6B5cp7GkT2+pOowfRK7OaynuxUoKW3JcMWw272VKjLTtTAShncla7tGF+55rxyt2KNZIIqxNMJ48RDZheGU5w1npu9dZHnPgTXB9iomeVRoD8O/jhRpnKsGrDschyNdkeh81BJJMH4Ctc6lnCCquoP/GzCzz33MMsNdid7vL/NIWaCsekQpW26FpWPi/tfj8nLA==")))
			.withRequestBody(matchingJsonPath("$.auth_algo", equalTo("SHA256withRSA")))
			.withRequestBody(matchingJsonPath("$.webhook_event.id", equalTo(this.eventId)))
			.withRequestBody(matchingJsonPath("$.webhook_event.resource.id", equalTo(this.captureId))));
		payment().andExpect(jsonPath("$.status").value("CREATED"));
	}

	@Test
	void refusesAnEventWithoutSignatureHeadersWithoutAskingPayPal() throws Exception {
		this.mvc
			.perform(post("/api/payments/webhooks/paypal").contentType(MediaType.APPLICATION_JSON)
				.content(captureCompleted()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("WEBHOOK_SIGNATURE_INVALID"));
		paypal.verify(0, postRequestedFor(urlPathEqualTo(VERIFY)));
	}

	@Test
	void appliesACaptureOnceAndIgnoresItsRedelivery() throws Exception {
		verificationSays("SUCCESS");
		deliver(captureCompleted()).andExpect(status().isOk())
			.andExpect(jsonPath("$.eventId").value(this.eventId))
			.andExpect(jsonPath("$.outcome").value("APPLIED"));
		payment().andExpect(jsonPath("$.status").value("CAPTURED"))
			.andExpect(jsonPath("$.captureReference").value(this.captureId));
		deliver(captureCompleted()).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from payment.payment_status_history where payment_id = ?::uuid and to_status = 'CAPTURED'",
				Integer.class, this.paymentId))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select outcome from payment.webhook_events where event_id = ?",
				String.class, this.eventId))
			.isEqualTo("APPLIED");
		capture().andExpect(status().isOk()).andExpect(jsonPath("$.captureReference").value(this.captureId));
		paypal.verify(0, postRequestedFor(urlPathEqualTo("/v2/checkout/orders/" + this.paypalOrderId + "/capture")));
	}

	@Test
	void learnsOfARefundMadeOutsideTheShop() throws Exception {
		verificationSays("SUCCESS");
		deliver(captureCompleted()).andExpect(jsonPath("$.outcome").value("APPLIED"));
		String refunded = recorded("webhook-capture-refunded", "EVENT_ID", "WH-REFUND-" + paypalId(), "REFUND_ID",
				paypalId(), "CAPTURE_ID", this.captureId, "AMOUNT", "25.00");
		deliver(refunded).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("APPLIED"));
		payment().andExpect(jsonPath("$.status").value("REFUNDED"));
	}

	@Test
	void ignoresEventsTheShopDoesNotActOn() throws Exception {
		verificationSays("SUCCESS");
		deliver("{\"id\":\"WH-DISPUTE-" + paypalId()
				+ "\",\"event_type\":\"CUSTOMER.DISPUTE.CREATED\",\"resource\":{}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("IGNORED"));
	}

	@Test
	void asksPayPalToDeliverAgainWhileItCannotVerify() throws Exception {
		paypal.stubFor(WireMock.post(urlPathEqualTo(VERIFY))
			.willReturn(json(500, recorded("error-internal", "DEBUG_ID", "abc123def4567"))));
		deliver(captureCompleted()).andExpect(status().isServiceUnavailable());
		verificationSays("SUCCESS");
		deliver(captureCompleted()).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("APPLIED"));
	}

	@Test
	void refusesABodyThatIsNoEvent() throws Exception {
		deliver("[1,2,3]").andExpect(status().isBadRequest());
		deliver("{\"id\":\"x\"").andExpect(status().isBadRequest());
		paypal.verify(0, postRequestedFor(urlPathEqualTo(VERIFY)));
	}

	private String captureCompleted() {
		return recorded("webhook-capture-completed", "EVENT_ID", this.eventId, "ORDER_ID", this.paypalOrderId,
				"CAPTURE_ID", this.captureId, "AMOUNT", "25.00");
	}

	private static void verificationSays(String status) {
		paypal.stubFor(WireMock.post(urlPathEqualTo(VERIFY))
			.willReturn(json(200, "{\"verification_status\":\"" + status + "\"}")));
	}

	private ResultActions deliver(String event) throws Exception {
		return this.mvc.perform(post("/api/payments/webhooks/paypal").contentType(MediaType.APPLICATION_JSON)
			.header("PAYPAL-TRANSMISSION-ID", "69cd13f0-d67a-11e5-baa3-778b53f4ae55")
			.header("PAYPAL-TRANSMISSION-TIME", "2016-02-18T20:01:35Z")
			.header("PAYPAL-TRANSMISSION-SIG",
					"lmI95Jx3Y9nhR5SJWlHVIWpg4AgFk7n9bCHSRxbrd8A9zrhdu2rMyFrmz+Zjh3s3boXB07VXCXUZy/UFzUlnGJn0wDugt7FlSvdKeIJenLRemUxYCPVoEZzg9VFNqOa48gMkvF+XTpxBeUx/kWy6B5cp7GkT2+pOowfRK7OaynuxUoKW3JcMWw272VKjLTtTAShncla7tGF+55rxyt2KNZIIqxNMJ48RDZheGU5w1npu9dZHnPgTXB9iomeVRoD8O/jhRpnKsGrDschyNdkeh81BJJMH4Ctc6lnCCquoP/GzCzz33MMsNdid7vL/NIWaCsekQpW26FpWPi/tfj8nLA==")
			.header("PAYPAL-CERT-URL",
					"https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77")
			.header("PAYPAL-AUTH-ALGO", "SHA256withRSA")
			.content(event));
	}

	private ResultActions payment() throws Exception {
		return this.mvc.perform(get("/internal/payments/" + this.paymentId).header("X-Api-Key", "orders-key"));
	}

	private ResultActions capture() throws Exception {
		return this.mvc
			.perform(post("/internal/payments/" + this.paymentId + "/capture").header("X-Api-Key", "orders-key")
				.header("Idempotency-Key", "capture-" + this.orderId));
	}

	private static String paypalId() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase(Locale.ROOT);
	}

}
