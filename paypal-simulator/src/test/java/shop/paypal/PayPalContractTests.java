package shop.paypal;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PayPalContractTests extends SimulatorTestSupport {

	@Test
	void issuesTokensOnlyForItsClientCredentials() {
		String wrong = java.util.Base64.getEncoder().encodeToString("test-client:guess".getBytes());
		HttpResponse<String> refused = send(request("/v1/oauth2/token", "Authorization", "Basic " + wrong,
				"Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), Duration.ofSeconds(5));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(json(refused).get("error").asString()).isEqualTo("invalid_client");
		String basic = java.util.Base64.getEncoder().encodeToString("test-client:test-secret".getBytes());
		HttpResponse<String> token = send(request("/v1/oauth2/token", "Authorization", "Basic " + basic, "Content-Type",
				"application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), Duration.ofSeconds(5));
		assertThat(token.statusCode()).isEqualTo(200);
		JsonNode body = json(token);
		assertThat(body.get("access_token").asString()).isNotBlank();
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").asLong()).isEqualTo(32400);
	}

	@Test
	void refusesApiCallsWithoutAValidToken() {
		HttpResponse<String> response = post("/v2/checkout/orders", orderBody("10.00"), "Authorization",
				"Bearer not-issued");
		assertThat(response.statusCode()).isEqualTo(401);
		JsonNode error = json(response);
		assertThat(error.get("name").asString()).isEqualTo("AUTHENTICATION_FAILURE");
		assertThat(error.get("debug_id").asString()).matches("[0-9a-f]{13}");
		assertThat(error.get("links").get(0).get("rel").asString()).isEqualTo("information_link");
		assertThat(response.headers().firstValue("Paypal-Debug-Id")).hasValue(error.get("debug_id").asString());
	}

	@Test
	void createsAnOrderWithItsApproveLink() {
		String token = accessToken();
		HttpResponse<String> minimal = post("/v2/checkout/orders", orderBody("20.00"), "Authorization",
				"Bearer " + token);
		assertThat(minimal.statusCode()).isEqualTo(201);
		JsonNode order = json(minimal);
		assertThat(order.get("id").asString()).matches("[A-Z0-9]{17}");
		assertThat(order.get("status").asString()).isEqualTo("CREATED");
		assertThat(link(order, "approve"))
			.isEqualTo(uri("/checkoutnow?token=" + order.get("id").asString()).toString());
		assertThat(link(order, "capture")).endsWith("/v2/checkout/orders/" + order.get("id").asString() + "/capture");
		assertThat(order.has("purchase_units")).isFalse();
		HttpResponse<String> full = post("/v2/checkout/orders", orderBody("20.00"), "Authorization", "Bearer " + token,
				"Prefer", "return=representation");
		JsonNode represented = json(full);
		assertThat(represented.get("intent").asString()).isEqualTo("CAPTURE");
		assertThat(represented.get("purchase_units").get(0).get("amount").get("value").asString()).isEqualTo("20.00");
		assertThat(represented.get("purchase_units").get(0).get("items").get(0).get("sku").asString())
			.isEqualTo("SKU-1");
	}

	@Test
	void validatesOrdersLikePayPal() {
		String auth = "Bearer " + accessToken();
		HttpResponse<String> noIntent = post("/v2/checkout/orders", "{\"purchase_units\":[]}", "Authorization", auth);
		assertThat(noIntent.statusCode()).isEqualTo(400);
		assertThat(json(noIntent).get("name").asString()).isEqualTo("INVALID_REQUEST");
		assertThat(json(noIntent).get("details").get(0).get("issue").asString())
			.isEqualTo("MISSING_REQUIRED_PARAMETER");
		String mismatch = orderBody("20.00").replace("\"value\":\"10", "\"value\":\"11");
		HttpResponse<String> wrongTotal = post("/v2/checkout/orders", mismatch, "Authorization", auth);
		assertThat(wrongTotal.statusCode()).isEqualTo(422);
		assertThat(json(wrongTotal).get("name").asString()).isEqualTo("UNPROCESSABLE_ENTITY");
		assertThat(json(wrongTotal).get("details").get(0).get("issue").asString()).isEqualTo("ITEM_TOTAL_MISMATCH");
		HttpResponse<String> malformed = post("/v2/checkout/orders", "{\"intent\":", "Authorization", auth);
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(json(malformed).get("details").get(0).get("issue").asString()).isEqualTo("MALFORMED_REQUEST_JSON");
		HttpResponse<String> unknown = get("/v2/checkout/orders/NOSUCHORDER000001", "Authorization", auth);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(json(unknown).get("name").asString()).isEqualTo("RESOURCE_NOT_FOUND");
		assertThat(json(unknown).get("details").get(0).get("issue").asString()).isEqualTo("INVALID_RESOURCE_ID");
	}

	@Test
	void approvesOnTheApprovalPageAndRedirectsToTheReturnUrl() {
		String auth = "Bearer " + accessToken();
		String orderId = createOrder(auth, "30.00");
		HttpResponse<String> approval = get("/checkoutnow?token=" + orderId);
		assertThat(approval.statusCode()).isEqualTo(302);
		String location = approval.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("https://shop.example/return?order=1&token=" + orderId + "&PayerID=");
		JsonNode order = json(get("/v2/checkout/orders/" + orderId, "Authorization", auth));
		assertThat(order.get("status").asString()).isEqualTo("APPROVED");
		assertThat(location).endsWith("PayerID=" + order.get("payer").get("payer_id").asString());
		assertThat(get("/checkoutnow?token=" + orderId).headers().firstValue("Location")).hasValue(location);
		HttpResponse<String> cancelled = get("/checkoutnow?token=" + createOrder(auth, "30.00") + "&cancel=true");
		assertThat(cancelled.headers().firstValue("Location").orElseThrow())
			.startsWith("https://shop.example/cancel?token=");
	}

	@Test
	void refusesToCaptureAnUnapprovedOrder() {
		String auth = "Bearer " + accessToken();
		String orderId = createOrder(auth, "40.00");
		HttpResponse<String> capture = capture(auth, orderId, UUID.randomUUID().toString());
		assertThat(capture.statusCode()).isEqualTo(422);
		JsonNode error = json(capture);
		assertThat(error.get("name").asString()).isEqualTo("UNPROCESSABLE_ENTITY");
		assertThat(error.get("details").get(0).get("issue").asString()).isEqualTo("ORDER_NOT_APPROVED");
		assertThat(error.get("debug_id").asString()).isNotBlank();
		assertThat(error.get("message").asString()).isNotBlank();
	}

	@Test
	void capturesAnOrderOnceAndAnswersARepeatedRequestIdWithTheFirstAnswer() {
		String auth = "Bearer " + accessToken();
		String orderId = createOrder(auth, "50.00");
		get("/checkoutnow?token=" + orderId);
		String requestId = UUID.randomUUID().toString();
		HttpResponse<String> first = capture(auth, orderId, requestId);
		assertThat(first.statusCode()).isEqualTo(201);
		JsonNode captured = json(first);
		assertThat(captured.get("status").asString()).isEqualTo("COMPLETED");
		JsonNode capture = captured.get("purchase_units").get(0).get("payments").get("captures").get(0);
		assertThat(capture.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(capture.get("amount").get("value").asString()).isEqualTo("50.00");
		assertThat(capture.get("amount").get("currency_code").asString()).isEqualTo("USD");
		HttpResponse<String> repeat = capture(auth, orderId, requestId);
		assertThat(repeat.statusCode()).isEqualTo(201);
		assertThat(repeat.body()).isEqualTo(first.body());
		HttpResponse<String> another = capture(auth, orderId, UUID.randomUUID().toString());
		assertThat(another.statusCode()).isEqualTo(422);
		assertThat(json(another).get("details").get(0).get("issue").asString()).isEqualTo("ORDER_ALREADY_CAPTURED");
		assertThat(capturesOf(orderId)).isEqualTo(1);
	}

	@Test
	void refundsACaptureOnce() {
		String auth = "Bearer " + accessToken();
		String captureId = capturedOrder(auth, "60.00");
		String requestId = UUID.randomUUID().toString();
		HttpResponse<String> refund = post("/v2/payments/captures/" + captureId + "/refund", "{}", "Authorization",
				auth, "PayPal-Request-Id", requestId);
		assertThat(refund.statusCode()).isEqualTo(201);
		assertThat(json(refund).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(json(refund).get("amount").get("value").asString()).isEqualTo("60.00");
		assertThat(link(json(refund), "up")).endsWith("/v2/payments/captures/" + captureId);
		assertThat(post("/v2/payments/captures/" + captureId + "/refund", "{}", "Authorization", auth,
				"PayPal-Request-Id", requestId)
			.body()).isEqualTo(refund.body());
		HttpResponse<String> again = post("/v2/payments/captures/" + captureId + "/refund", "{}", "Authorization", auth,
				"PayPal-Request-Id", UUID.randomUUID().toString());
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(json(again).get("details").get(0).get("issue").asString()).isEqualTo("CAPTURE_FULLY_REFUNDED");
		HttpResponse<String> unknown = post("/v2/payments/captures/NOSUCHCAPTURE0001/refund", "{}", "Authorization",
				auth);
		assertThat(unknown.statusCode()).isEqualTo(404);
	}

	@Test
	void declinesOrFailsACaptureWhenToldToAndThenCapturesNormally() {
		String auth = "Bearer " + accessToken();
		String orderId = createOrder(auth, "70.00");
		get("/checkoutnow?token=" + orderId);
		arm("{\"operation\":\"CAPTURE\",\"mode\":\"DECLINE\"}");
		arm("{\"operation\":\"CAPTURE\",\"mode\":\"ERROR_500\"}");
		String requestId = UUID.randomUUID().toString();
		HttpResponse<String> declined = capture(auth, orderId, requestId);
		assertThat(declined.statusCode()).isEqualTo(422);
		assertThat(json(declined).get("details").get(0).get("issue").asString()).isEqualTo("INSTRUMENT_DECLINED");
		HttpResponse<String> failed = capture(auth, orderId, requestId);
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(json(failed).get("name").asString()).isEqualTo("INTERNAL_SERVER_ERROR");
		assertThat(capturesOf(orderId)).isZero();
		assertThat(capture(auth, orderId, requestId).statusCode()).isEqualTo(201);
		assertThat(capturesOf(orderId)).isEqualTo(1);
	}

	@Test
	void chargesOnceWhenACaptureTimesOutAndIsRetriedWithTheSameRequestId() {
		String auth = "Bearer " + accessToken();
		String orderId = createOrder(auth, "80.00");
		get("/checkoutnow?token=" + orderId);
		arm("{\"operation\":\"CAPTURE\",\"mode\":\"TIMEOUT\",\"delay_ms\":2000}");
		String requestId = UUID.randomUUID().toString();
		assertThatExceptionOfType(java.io.UncheckedIOException.class).isThrownBy(() -> send(
				request("/v2/checkout/orders/" + orderId + "/capture", "Authorization", auth, "PayPal-Request-Id",
						requestId, "Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{}")),
				Duration.ofMillis(500)))
			.withCauseInstanceOf(HttpTimeoutException.class);
		HttpResponse<String> retry = capture(auth, orderId, requestId);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(json(retry).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(capturesOf(orderId)).isEqualTo(1);
	}

	@Test
	void approvesLateWhenToldTo() throws InterruptedException {
		String auth = "Bearer " + accessToken();
		String orderId = createOrder(auth, "90.00");
		arm("{\"mode\":\"APPROVE_LATE\",\"delay_ms\":700}");
		assertThat(get("/checkoutnow?token=" + orderId).statusCode()).isEqualTo(302);
		HttpResponse<String> early = capture(auth, orderId, UUID.randomUUID().toString());
		assertThat(json(early).get("details").get(0).get("issue").asString()).isEqualTo("ORDER_NOT_APPROVED");
		Thread.sleep(900);
		assertThat(capture(auth, orderId, UUID.randomUUID().toString()).statusCode()).isEqualTo(201);
	}

	@Test
	void refusesFaultsThatDoNotApply() {
		HttpResponse<String> response = post("/simulator/faults",
				"{\"operation\":\"CREATE_ORDER\",\"mode\":\"DECLINE\"}");
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void verifiesWebhookSignaturesItIssued() {
		String auth = "Bearer " + accessToken();
		JsonNode transmission = json(
				post("/simulator/webhooks/signatures", "{\"webhook_id\":\"WH-1\",\"event_id\":\"WH-EVENT-1\"}"));
		String verify = """
				{"auth_algo":"%s","cert_url":"%s","transmission_id":"%s","transmission_sig":"%s",
				 "transmission_time":"%s","webhook_id":"WH-1",
				 "webhook_event":{"id":"WH-EVENT-1","event_type":"PAYMENT.CAPTURE.COMPLETED","resource":{}}}""";
		String signed = verify.formatted(transmission.get("auth_algo").asString(),
				transmission.get("cert_url").asString(), transmission.get("transmission_id").asString(),
				transmission.get("transmission_sig").asString(), transmission.get("transmission_time").asString());
		HttpResponse<String> valid = post("/v1/notifications/verify-webhook-signature", signed, "Authorization", auth);
		assertThat(valid.statusCode()).isEqualTo(200);
		assertThat(json(valid).get("verification_status").asString()).isEqualTo("SUCCESS");
		String forged = signed.replace("\"id\":\"WH-EVENT-1\"", "\"id\":\"WH-EVENT-2\"");
		assertThat(json(post("/v1/notifications/verify-webhook-signature", forged, "Authorization", auth))
			.get("verification_status")
			.asString()).isEqualTo("FAILURE");
		HttpResponse<String> incomplete = post("/v1/notifications/verify-webhook-signature",
				"{\"webhook_id\":\"WH-1\"}", "Authorization", auth);
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(json(incomplete).get("name").asString()).isEqualTo("VALIDATION_ERROR");
	}

	private String createOrder(String auth, String value) {
		HttpResponse<String> response = post("/v2/checkout/orders", orderBody(value), "Authorization", auth,
				"PayPal-Request-Id", UUID.randomUUID().toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response).get("id").asString();
	}

	private String capturedOrder(String auth, String value) {
		String orderId = createOrder(auth, value);
		get("/checkoutnow?token=" + orderId);
		HttpResponse<String> capture = capture(auth, orderId, UUID.randomUUID().toString());
		return json(capture).get("purchase_units").get(0).get("payments").get("captures").get(0).get("id").asString();
	}

	private HttpResponse<String> capture(String auth, String orderId, String requestId) {
		return post("/v2/checkout/orders/" + orderId + "/capture", "{}", "Authorization", auth, "PayPal-Request-Id",
				requestId);
	}

	private void arm(String fault) {
		assertThat(post("/simulator/faults", fault).statusCode()).isEqualTo(201);
	}

	private int capturesOf(String orderId) {
		for (JsonNode order : json(get("/simulator/ledger")).get("orders")) {
			if (order.get("order_id").asString().equals(orderId)) {
				return order.get("captures").size();
			}
		}
		throw new AssertionError("Order " + orderId + " is not in the ledger");
	}

	private static String link(JsonNode resource, String rel) {
		for (JsonNode link : resource.get("links")) {
			if (link.get("rel").asString().equals(rel)) {
				return link.get("href").asString();
			}
		}
		throw new AssertionError("No " + rel + " link in " + resource);
	}

}
