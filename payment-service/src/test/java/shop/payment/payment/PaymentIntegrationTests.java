package shop.payment.payment;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import shop.common.test.Http;
import shop.payment.PaymentTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ExtendWith(OutputCaptureExtension.class)
class PaymentIntegrationTests extends PaymentTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PAYER_ID = "QYR5Z8XDVJNXQ";

	private static final String TRACE_ID = "7a3b9c1d2e4f60718293a4b5c6d7e8f9";

	@Autowired
	JdbcTemplate jdbc;

	private final UUID orderId = UUID.randomUUID();

	private final String paypalOrderId = paypalId();

	private final String captureId = paypalId();

	@Test
	void createsAPayPalOrderAndAnswersItsApproveLink() throws Exception {
		stubCreated("44.98");
		String paymentId = create("create-" + this.orderId).andExpect(status().isCreated())
			.andExpect(jsonPath("$.orderId").value(this.orderId.toString()))
			.andExpect(jsonPath("$.provider").value("PAYPAL"))
			.andExpect(jsonPath("$.status").value("CREATED"))
			.andExpect(jsonPath("$.approvalUrl")
				.value("https://www.sandbox.paypal.com/checkoutnow?token=" + this.paypalOrderId))
			.andExpect(jsonPath("$.reference").value(this.paypalOrderId))
			.andExpect(jsonPath("$.amount.amount").value("44.98"))
			.andExpect(jsonPath("$.amount.currency").value("USD"))
			.andReturn()
			.getResponse()
			.getHeader("Location")
			.replace("/internal/payments/", "");
		paypal.verify(1, postRequestedFor(urlPathEqualTo("/v2/checkout/orders"))
			.withHeader("Authorization", matching("Bearer A21AA.+"))
			.withHeader("PayPal-Request-Id", matching("[0-9a-f-]{36}"))
			.withHeader("Prefer", equalTo("return=representation"))
			.withRequestBody(matchingJsonPath("$.intent", equalTo("CAPTURE")))
			.withRequestBody(matchingJsonPath("$.purchase_units[0].reference_id", equalTo(this.orderId.toString())))
			.withRequestBody(matchingJsonPath("$.purchase_units[0].amount.value", equalTo("44.98")))
			.withRequestBody(
					matchingJsonPath("$.purchase_units[0].amount.breakdown.item_total.value", equalTo("39.98")))
			.withRequestBody(matchingJsonPath("$.purchase_units[0].amount.breakdown.shipping.value", equalTo("5.00")))
			.withRequestBody(matchingJsonPath("$.purchase_units[0].items[0].sku", equalTo("SKU-1")))
			.withRequestBody(matchingJsonPath("$.purchase_units[0].items[0].quantity", equalTo("2")))
			.withRequestBody(matchingJsonPath("$.purchase_units[0].items[0].unit_amount.value", equalTo("19.99")))
			.withRequestBody(
					matchingJsonPath("$.application_context.return_url", equalTo("https://shop.example/return")))
			.withRequestBody(
					matchingJsonPath("$.application_context.cancel_url", equalTo("https://shop.example/cancel"))));
		create("create-" + this.orderId).andExpect(status().isOk()).andExpect(jsonPath("$.paymentId").value(paymentId));
		create("another-key").andExpect(status().isOk()).andExpect(jsonPath("$.paymentId").value(paymentId));
		paypal.verify(1, postRequestedFor(urlPathEqualTo("/v2/checkout/orders")));
	}

	@Test
	void sendsTheSamePayPalRequestIdWhenACreateIsRepeatedAfterAnOutage() throws Exception {
		paypal.stubFor(WireMock.post(urlPathEqualTo("/v2/checkout/orders"))
			.inScenario("create")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(500, recorded("error-internal", "DEBUG_ID", "5f3a1c0e9b7d2")))
			.willSetStateTo("recovered"));
		paypal.stubFor(WireMock.post(urlPathEqualTo("/v2/checkout/orders"))
			.inScenario("create")
			.whenScenarioStateIs("recovered")
			.willReturn(json(201, created("44.98"))));
		create("create-" + this.orderId).andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.code").value("PAYMENT_PROVIDER_UNAVAILABLE"))
			.andExpect(jsonPath("$.paypalDebugId").value("5f3a1c0e9b7d2"));
		create("create-" + this.orderId).andExpect(status().isCreated());
		assertThat(requestIds("/v2/checkout/orders")).hasSize(1);
		assertThat(paypal.findAll(postRequestedFor(urlPathEqualTo("/v2/checkout/orders")))).hasSize(2);
	}

	@Test
	void refusesAPayPalOrderOfAnotherAmount() throws Exception {
		paypal.stubFor(WireMock.post(urlPathEqualTo("/v2/checkout/orders")).willReturn(json(201, created("4.98"))));
		create("create-" + this.orderId).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("PAYMENT_AMOUNT_MISMATCH"));
		create("create-" + this.orderId).andExpect(status().isUnprocessableContent());
	}

	@Test
	void capturesOnceAndAnswersARepeatWithThatCapture() throws Exception {
		String paymentId = createdPayment();
		stubCapture(json(201, captured("44.98")));
		capture(paymentId, "capture-1").andExpect(status().isOk())
			.andExpect(jsonPath("$.paymentId").value(paymentId))
			.andExpect(jsonPath("$.status").value("CAPTURED"))
			.andExpect(jsonPath("$.reference").value(this.paypalOrderId))
			.andExpect(jsonPath("$.captureReference").value(this.captureId))
			.andExpect(jsonPath("$.amount.amount").value("44.98"));
		capture(paymentId, "capture-2").andExpect(status().isOk())
			.andExpect(jsonPath("$.captureReference").value(this.captureId));
		paypal.verify(1, postRequestedFor(urlPathEqualTo(capturePath())).withHeader("PayPal-Request-Id",
				matching("[0-9a-f-]{36}")));
	}

	@Test
	void chargesOnceWhenACaptureIsRetriedAfterATimeout() throws Exception {
		String paymentId = createdPayment();
		paypal.stubFor(WireMock.post(urlPathEqualTo(capturePath()))
			.inScenario("capture")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(201, captured("44.98")).withFixedDelay(2500))
			.willSetStateTo("captured"));
		paypal.stubFor(WireMock.post(urlPathEqualTo(capturePath()))
			.inScenario("capture")
			.whenScenarioStateIs("captured")
			.willReturn(json(201, captured("44.98"))));
		capture(paymentId, "confirm-1").andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.code").value("PAYMENT_PROVIDER_UNAVAILABLE"));
		payment(paymentId).andExpect(jsonPath("$.status").value("CREATED"));
		capture(paymentId, "confirm-retry-with-another-key").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CAPTURED"));
		List<LoggedRequest> attempts = paypal.findAll(postRequestedFor(urlPathEqualTo(capturePath())));
		assertThat(attempts).hasSizeGreaterThanOrEqualTo(2);
		assertThat(requestIds(capturePath())).hasSize(1);
		capture(paymentId, "confirm-3").andExpect(status().isOk());
		assertThat(paypal.findAll(postRequestedFor(urlPathEqualTo(capturePath())))).hasSameSizeAs(attempts);
	}

	@Test
	void answersNotApprovedAndLetsTheCaptureSucceedLater() throws Exception {
		String paymentId = createdPayment();
		paypal.stubFor(WireMock.post(urlPathEqualTo(capturePath()))
			.inScenario("approval")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(422, unprocessable("ORDER_NOT_APPROVED")))
			.willSetStateTo("approved"));
		paypal.stubFor(WireMock.post(urlPathEqualTo(capturePath()))
			.inScenario("approval")
			.whenScenarioStateIs("approved")
			.willReturn(json(201, captured("44.98"))));
		capture(paymentId, "c1").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("PAYMENT_NOT_APPROVED"));
		capture(paymentId, "c2").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CAPTURED"));
		assertThat(requestIds(capturePath())).hasSize(1);
	}

	@Test
	void answersADeclineWith422AndPayPalsDebugId() throws Exception {
		String paymentId = createdPayment();
		stubCapture(json(422, unprocessable("INSTRUMENT_DECLINED")));
		capture(paymentId, "c1").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("PAYMENT_DECLINED"))
			.andExpect(jsonPath("$.paypalDebugId").value("7d1c2b3a4e5f6"));
		payment(paymentId).andExpect(jsonPath("$.status").value("FAILED"));
		capture(paymentId, "c1").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("PAYMENT_DECLINED"));
		paypal.verify(1, postRequestedFor(urlPathEqualTo(capturePath())));
	}

	@Test
	void answers503WhenPayPalFailsAndChangesNothing() throws Exception {
		String paymentId = createdPayment();
		stubCapture(json(500, recorded("error-internal", "DEBUG_ID", "0a1b2c3d4e5f6")));
		capture(paymentId, "c1").andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.paypalDebugId").value("0a1b2c3d4e5f6"));
		paypal.stubFor(WireMock.get(urlPathEqualTo("/v2/checkout/orders/" + this.paypalOrderId))
			.willReturn(json(200, recorded("order-approved", "ORDER_ID", this.paypalOrderId, "REFERENCE",
					this.orderId.toString(), "AMOUNT", "44.98"))));
		payment(paymentId).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void refusesACaptureOfAnotherAmountAndRefundsIt() throws Exception {
		String paymentId = createdPayment();
		stubCapture(json(201, captured("10.00")));
		stubRefund("10.00");
		capture(paymentId, "c1").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("PAYMENT_AMOUNT_MISMATCH"));
		paypal.verify(1, postRequestedFor(urlPathEqualTo("/v2/payments/captures/" + this.captureId + "/refund"))
			.withRequestBody(matchingJsonPath("$.amount.value", equalTo("10.00"))));
		payment(paymentId).andExpect(jsonPath("$.status").value("REFUNDED"));
	}

	@Test
	void recordsACaptureThatPayPalAlreadyMade() throws Exception {
		String paymentId = createdPayment();
		stubCapture(json(422, unprocessable("ORDER_ALREADY_CAPTURED")));
		paypal.stubFor(WireMock.get(urlPathEqualTo("/v2/checkout/orders/" + this.paypalOrderId))
			.willReturn(json(200, captured("44.98"))));
		capture(paymentId, "c1").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CAPTURED"))
			.andExpect(jsonPath("$.captureReference").value(this.captureId));
	}

	@Test
	void refundsACaptureOnce() throws Exception {
		String paymentId = capturedPayment();
		stubRefund("44.98");
		refund(paymentId, "refund-1").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUNDED"));
		refund(paymentId, "refund-2").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUNDED"));
		paypal.verify(1,
				postRequestedFor(urlPathEqualTo("/v2/payments/captures/" + this.captureId + "/refund"))
					.withHeader("PayPal-Request-Id", matching("[0-9a-f-]{36}"))
					.withRequestBody(matchingJsonPath("$.amount.value", equalTo("44.98")))
					.withRequestBody(matchingJsonPath("$.amount.currency_code", equalTo("USD"))));
		capture(paymentId, "late").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("PAYMENT_REFUNDED"));
	}

	@Test
	void logsEachPaymentChangeOnceInTheTraceOfOrdersCall(CapturedOutput output) {
		stubCreated("44.98");
		HttpResponse<String> created = traced("/internal/payments", createBody(), "create-" + this.orderId);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String paymentId = JSON.readTree(created.body()).path("paymentId").asString();
		stubCapture(json(201, captured("44.98")));
		stubRefund("44.98");
		for (String step : new String[] { "capture", "refund" }) {
			for (int attempt = 1; attempt <= 2; attempt++) {
				HttpResponse<String> answer = traced("/internal/payments/" + paymentId + "/" + step, "",
						step + "-" + this.orderId);
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			}
		}

		assertThat(output.getOut().lines().filter((line) -> line.contains("Payment " + paymentId + " ")))
			.satisfiesExactly(
					(line) -> assertThat(line).contains("Payment " + paymentId + " created for order " + this.orderId
							+ ": 44.98 USD, waiting for the payer's approval"),
					(line) -> assertThat(line)
						.contains("Payment " + paymentId + " captured for order " + this.orderId + ": 44.98 USD"),
					(line) -> assertThat(line)
						.contains("Payment " + paymentId + " refunded for order " + this.orderId + ": 44.98 USD"))
			.allSatisfy((line) -> assertThat(line).contains("," + TRACE_ID + ","));
	}

	@Test
	void refusesToRefundWhatWasNotCaptured() throws Exception {
		String paymentId = createdPayment();
		refund(paymentId, "r1").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("PAYMENT_NOT_CAPTURED"));
	}

	@Test
	void voidsAnUncapturedPaymentAndThenRefusesToCaptureIt() throws Exception {
		String paymentId = createdPayment();
		paypal.stubFor(WireMock.get(urlPathEqualTo("/v2/checkout/orders/" + this.paypalOrderId))
			.willReturn(json(200, created("44.98"))));
		voidPayment(paymentId).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VOIDED"));
		voidPayment(paymentId).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VOIDED"));
		capture(paymentId, "c1").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PAYMENT_VOIDED"));
		paypal.verify(0, postRequestedFor(urlPathEqualTo(capturePath())));
	}

	@Test
	void refusesToVoidWhatPayPalCapturedMeanwhile() throws Exception {
		String paymentId = createdPayment();
		paypal.stubFor(WireMock.get(urlPathEqualTo("/v2/checkout/orders/" + this.paypalOrderId))
			.willReturn(json(200, captured("44.98"))));
		voidPayment(paymentId).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("PAYMENT_ALREADY_CAPTURED"));
		payment(paymentId).andExpect(jsonPath("$.status").value("CAPTURED"));
	}

	@Test
	void keepsNoPlaintextPayPalIdsInTheDatabase() throws Exception {
		String paymentId = capturedPayment();
		Map<String, Object> row = this.jdbc
			.queryForMap("select provider_order_id, approval_url, payer_id, capture_id, row_to_json(p)::text as whole "
					+ "from payment.payments p where id = ?::uuid", paymentId);
		assertThat(row.get("provider_order_id").toString()).startsWith("v1.test1.");
		assertThat(row.get("approval_url").toString()).startsWith("v1.test1.");
		assertThat(row.get("capture_id").toString()).startsWith("v1.test1.");
		String whole = row.get("whole").toString();
		assertThat(whole).doesNotContain(this.paypalOrderId).doesNotContain(this.captureId);
		String history = String.join(" ",
				this.jdbc.queryForList(
						"select row_to_json(h)::text from payment.payment_status_history h where payment_id = ?::uuid",
						String.class, paymentId));
		assertThat(history).doesNotContain(this.paypalOrderId).doesNotContain(this.captureId);
		assertThat(this.jdbc.queryForList(
				"select to_status from payment.payment_status_history where payment_id = ?::uuid order by occurred_at, id",
				String.class, paymentId))
			.containsExactly("NEW", "CREATED", "CAPTURED");
		assertThat(this.jdbc.queryForObject("select amount::text from payment.payments where id = ?::uuid",
				String.class, paymentId))
			.isEqualTo("44.9800");
	}

	@Test
	void keepsThePayersIdEncryptedToo() throws Exception {
		String paymentId = createdPayment();
		paypal.stubFor(WireMock.get(urlPathEqualTo("/v2/checkout/orders/" + this.paypalOrderId))
			.willReturn(json(200, recorded("order-approved", "ORDER_ID", this.paypalOrderId, "REFERENCE",
					this.orderId.toString(), "AMOUNT", "44.98"))));
		payment(paymentId).andExpect(jsonPath("$.status").value("APPROVED"));
		String payer = this.jdbc.queryForObject("select payer_id from payment.payments where id = ?::uuid",
				String.class, paymentId);
		assertThat(payer).startsWith("v1.test1.").doesNotContain(PAYER_ID);
	}

	@Test
	void letsOnlyOrdersServiceUseTheInternalApi() throws Exception {
		String paymentId = createdPayment();
		this.mvc.perform(post("/internal/payments/" + paymentId + "/capture").header("X-Api-Key", "cart-key"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("FORBIDDEN"));
		this.mvc.perform(post("/internal/payments/" + paymentId + "/refund").header("X-Api-Key", "cart-key"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/internal/payments/" + paymentId + "/void").header("X-Api-Key", "cart-key"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/internal/payments").header("X-Api-Key", "cart-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content(createBody()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/internal/payments/" + paymentId).header("X-Api-Key", "cart-key"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/internal/payments/" + paymentId + "/capture")).andExpect(status().isUnauthorized());
		paypal.verify(0, postRequestedFor(urlPathEqualTo(capturePath())));
	}

	@Test
	void rejectsMalformedPaymentRequests() throws Exception {
		for (String body : List.of(createBody().replace("\"44.98\"", "\"-1\""),
				createBody().replace("\"44.98\"", "\"44.985\""), createBody().replaceFirst("\"USD\"", "\"XYZ\""),
				"{\"orderId\":\"" + this.orderId + "\"}", "{not json")) {
			this.mvc
				.perform(post("/internal/payments").header("X-Api-Key", "orders-key")
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(get("/internal/payments/" + UUID.randomUUID()).header("X-Api-Key", "orders-key"))
			.andExpect(status().isNotFound());
		paypal.verify(0, postRequestedFor(urlPathEqualTo("/v2/checkout/orders")));
	}

	@Test
	void reusesTheAccessTokenAndReplacesOneThatPayPalRefuses() throws Exception {
		String paymentId = createdPayment();
		paypal.stubFor(WireMock.get(urlPathEqualTo("/v2/checkout/orders/" + this.paypalOrderId))
			.inScenario("token")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(200, created("44.98")))
			.willSetStateTo("revoked"));
		paypal.stubFor(WireMock.get(urlPathEqualTo("/v2/checkout/orders/" + this.paypalOrderId))
			.inScenario("token")
			.whenScenarioStateIs("revoked")
			.willReturn(json(401, recorded("error-authentication")))
			.willSetStateTo("renewed"));
		paypal.stubFor(WireMock.get(urlPathEqualTo("/v2/checkout/orders/" + this.paypalOrderId))
			.inScenario("token")
			.whenScenarioStateIs("renewed")
			.willReturn(json(200, recorded("order-approved", "ORDER_ID", this.paypalOrderId, "REFERENCE",
					this.orderId.toString(), "AMOUNT", "44.98"))));
		int tokens = tokenRequests();
		payment(paymentId).andExpect(jsonPath("$.status").value("CREATED"));
		assertThat(tokenRequests()).isEqualTo(tokens);
		payment(paymentId).andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(tokenRequests()).isEqualTo(tokens + 1);
		paypal.verify(postRequestedFor(urlPathEqualTo("/v1/oauth2/token"))
			.withHeader("Authorization", equalTo("Basic dGVzdC1jbGllbnQ6dGVzdC1zZWNyZXQ="))
			.withRequestBody(equalTo("grant_type=client_credentials")));
		paypal.verify(3, getRequestedFor(urlPathEqualTo("/v2/checkout/orders/" + this.paypalOrderId)));
	}

	private String createdPayment() throws Exception {
		stubCreated("44.98");
		String body = create("create-" + this.orderId).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("paymentId").asString();
	}

	private String capturedPayment() throws Exception {
		String paymentId = createdPayment();
		stubCapture(json(201, captured("44.98")));
		capture(paymentId, "c1").andExpect(status().isOk());
		return paymentId;
	}

	private void stubCreated(String amount) {
		paypal.stubFor(WireMock.post(urlPathEqualTo("/v2/checkout/orders")).willReturn(json(201, created(amount))));
	}

	private void stubCapture(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
		paypal.stubFor(WireMock.post(urlPathEqualTo(capturePath())).willReturn(response));
	}

	private void stubRefund(String amount) {
		paypal.stubFor(WireMock.post(urlPathEqualTo("/v2/payments/captures/" + this.captureId + "/refund"))
			.willReturn(json(201, recorded("refund-completed", "REFUND_ID", paypalId(), "CAPTURE_ID", this.captureId,
					"AMOUNT", amount))));
	}

	private String created(String amount) {
		return recorded("order-created", "ORDER_ID", this.paypalOrderId, "REFERENCE", this.orderId.toString(), "AMOUNT",
				amount, "ITEM_TOTAL", "39.98", "SHIPPING", "5.00");
	}

	private String captured(String amount) {
		return recorded("order-captured", "ORDER_ID", this.paypalOrderId, "REFERENCE", this.orderId.toString(),
				"AMOUNT", "44.98", "CAPTURE_ID", this.captureId, "CAPTURED", amount);
	}

	private static String unprocessable(String issue) {
		return recorded("error-unprocessable", "ISSUE", issue, "DESCRIPTION", "Recorded " + issue + " answer",
				"DEBUG_ID", "7d1c2b3a4e5f6");
	}

	private String capturePath() {
		return "/v2/checkout/orders/" + this.paypalOrderId + "/capture";
	}

	private ResultActions create(String key) throws Exception {
		return this.mvc.perform(post("/internal/payments").header("X-Api-Key", "orders-key")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(createBody()));
	}

	/**
	 * A call of orders-service, over HTTP, within the trace of the shopper's request.
	 */
	private HttpResponse<String> traced(String path, String body, String idempotencyKey) {
		return Http.post("http://localhost:" + this.port + path, body, "X-Api-Key", "orders-key", "Idempotency-Key",
				idempotencyKey, "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
	}

	private String createBody() {
		return """
				{"orderId":"%s","amount":{"amount":"44.98","currency":"USD"},
				 "items":[{"sku":"SKU-1","name":"USB cable","quantity":2,"unitPrice":{"amount":"19.99","currency":"USD"}}],
				 "returnUrl":"https://shop.example/return","cancelUrl":"https://shop.example/cancel"}"""
			.formatted(this.orderId);
	}

	private ResultActions capture(String paymentId, String key) throws Exception {
		return this.mvc.perform(post("/internal/payments/" + paymentId + "/capture").header("X-Api-Key", "orders-key")
			.header("Idempotency-Key", key));
	}

	private ResultActions refund(String paymentId, String key) throws Exception {
		return this.mvc.perform(post("/internal/payments/" + paymentId + "/refund").header("X-Api-Key", "orders-key")
			.header("Idempotency-Key", key));
	}

	private ResultActions voidPayment(String paymentId) throws Exception {
		return this.mvc.perform(post("/internal/payments/" + paymentId + "/void").header("X-Api-Key", "orders-key")
			.header("Idempotency-Key", "void-" + paymentId));
	}

	private ResultActions payment(String paymentId) throws Exception {
		return this.mvc.perform(get("/internal/payments/" + paymentId).header("X-Api-Key", "orders-key"));
	}

	private static Set<String> requestIds(String path) {
		return paypal.findAll(postRequestedFor(urlPathEqualTo(path)))
			.stream()
			.map((request) -> request.getHeader("PayPal-Request-Id"))
			.collect(Collectors.toSet());
	}

	private static String paypalId() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase(java.util.Locale.ROOT);
	}

	private static int tokenRequests() {
		return paypal.findAll(postRequestedFor(urlPathEqualTo("/v1/oauth2/token"))).size();
	}

}
