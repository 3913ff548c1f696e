package shop.orders.support;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * One WireMock server standing in for cart, payment, fulfillment, auth and realtime, as
 * docs/internal-api.md describes them. Ids are echoed from the request: the cart id is
 * the user id, the payment id is the order id, so a test can stub one order's or one
 * user's answers differently with a stub of higher priority.
 */
public final class FleetStubs {

	public static final String WIDGET = "11111111-1111-4111-8111-111111111111";

	public static final String GADGET = "22222222-2222-4222-8222-222222222222";

	static final int DEFAULT_PRIORITY = 10;

	private static final WireMockServer SERVER = start();

	private FleetStubs() {
	}

	public static WireMockServer server() {
		return SERVER;
	}

	/**
	 * Cart lines as cart-service's lock answers them.
	 */
	public static String lockedCart(String items) {
		return """
				{"cartId": "{{jsonPath request.body '$.userId'}}", "status": "LOCKED",
				 "orderId": "{{jsonPath request.body '$.orderId'}}", "items": [%s]}""".formatted(items);
	}

	public static String item(String productId, String sku, String name, int quantity, String locked, String current) {
		return """
				{"productId": "%s", "sku": "%s", "name": "%s", "quantity": %d,
				 "lockedPrice": {"amount": "%s", "currency": "USD"},
				 "currentPrice": {"amount": "%s", "currency": "USD"}}""".formatted(productId, sku, name, quantity,
				locked, current);
	}

	/**
	 * payment-service's answer to a capture.
	 */
	public static final String CAPTURED = """
			{"paymentId": "{{request.pathSegments.[2]}}", "status": "CAPTURED",
			 "reference": "PAYPAL-{{request.pathSegments.[2]}}",
			 "captureReference": "CAPTURE-{{request.pathSegments.[2]}}"}""";

	public static String problem(int status, String code, String detail) {
		return """
				{"type": "https://wholesale-shop.dev/problems/%s", "title": "%s", "status": %d, "detail": "%s",
				 "code": "%s"}""".formatted(code.toLowerCase().replace('_', '-'), code, status, detail, code);
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(60).globalTemplating(true));
		server.start();
		installDefaults(server);
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "fleet-stubs-stop"));
		return server;
	}

	private static void installDefaults(WireMockServer server) {
		server.stubFor(post(urlEqualTo("/internal/carts/lock")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson(lockedCart(item(WIDGET, "SKU-1", "Widget", 2, "10.00", "10.00") + ","
					+ item(GADGET, "SKU-2", "Gadget", 1, "25.50", "25.50")))));
		server.stubFor(post(urlPathMatching("/internal/carts/[^/]+/unlock")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"cartId\": \"{{request.pathSegments.[2]}}\", \"status\": \"OPEN\"}")));
		server.stubFor(post(urlPathMatching("/internal/carts/[^/]+/checkout")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"cartId\": \"{{request.pathSegments.[2]}}\", \"status\": \"CHECKED_OUT\"}")));
		server.stubFor(post(urlEqualTo("/internal/shipping/quotes")).atPriority(DEFAULT_PRIORITY).willReturn(okJson("""
				{"options": [
				  {"mode": "standard", "carrier": "UPS", "cost": {"amount": "5.00", "currency": "USD"},
				   "deliveryDate": "2030-01-10", "businessDays": 5},
				  {"mode": "express", "carrier": "DHL", "cost": {"amount": "15.00", "currency": "USD"},
				   "deliveryDate": "2030-01-05", "businessDays": 2}]}""")));
		server.stubFor(post(urlEqualTo("/internal/payments")).atPriority(DEFAULT_PRIORITY)
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
					{"paymentId": "{{jsonPath request.body '$.orderId'}}",
					 "orderId": "{{jsonPath request.body '$.orderId'}}", "provider": "PAYPAL", "status": "CREATED",
					 "approvalUrl": "https://paypal.test/checkoutnow?token={{jsonPath request.body '$.orderId'}}",
					 "reference": "PAYPAL-{{jsonPath request.body '$.orderId'}}"}""")));
		server.stubFor(get(urlPathMatching("/internal/payments/[^/]+")).atPriority(DEFAULT_PRIORITY)
			.willReturn(
					okJson("""
							{"paymentId": "{{request.pathSegments.[2]}}", "orderId": "{{request.pathSegments.[2]}}",
							 "provider": "PAYPAL", "status": "APPROVED", "reference": "PAYPAL-{{request.pathSegments.[2]}}"}""")));
		server.stubFor(post(urlPathMatching("/internal/payments/[^/]+/capture")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson(CAPTURED)));
		server.stubFor(post(urlPathMatching("/internal/payments/[^/]+/refund")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"paymentId\": \"{{request.pathSegments.[2]}}\", \"status\": \"REFUNDED\"}")));
		server.stubFor(post(urlPathMatching("/internal/payments/[^/]+/void")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"paymentId\": \"{{request.pathSegments.[2]}}\", \"status\": \"VOIDED\"}")));
		server.stubFor(post(urlEqualTo("/internal/stock/commits")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"orderId\": \"{{jsonPath request.body '$.orderId'}}\", \"status\": \"COMMITTED\"}")));
		server.stubFor(post(urlEqualTo("/internal/stock/restorations")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"orderId\": \"{{jsonPath request.body '$.orderId'}}\", \"status\": \"RESTORED\"}")));
		server.stubFor(delete(urlPathMatching("/internal/reservations/[^/]+")).atPriority(DEFAULT_PRIORITY)
			.willReturn(aResponse().withStatus(204)));
		server.stubFor(get(urlPathMatching("/internal/users/[^/]+")).atPriority(DEFAULT_PRIORITY).willReturn(okJson("""
				{"userId": "{{request.pathSegments.[2]}}", "email": "shopper@example.com", "name": "Sam Shopper"}""")));
		server.stubFor(get(urlPathMatching("/internal/users/[^/]+/addresses/[^/]+")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("""
					{"addressId": "{{request.pathSegments.[4]}}", "label": "Home", "name": "Sam Shopper",
					 "line1": "1 Main Street", "city": "Springfield", "postalCode": "12345", "country": "US"}""")));
		server.stubFor(post(urlEqualTo("/internal/events/order-status")).atPriority(DEFAULT_PRIORITY)
			.willReturn(aResponse().withStatus(202)));
	}

}
