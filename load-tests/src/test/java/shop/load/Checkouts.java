package shop.load;

import io.gatling.javaapi.core.ChainBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The end of a shopper's checkout, shared by the simulations that complete one: check the
 * cart out ({@code #{token}}, {@code #{idempotencyKey}} from the session), approve at the
 * PayPal simulator, confirm.
 */
final class Checkouts {

	private Checkouts() {
	}

	static ChainBuilder checkOutApproveAndConfirm() {
		return exec(http("checkout").post("/api/orders")
			.header("Authorization", "Bearer #{token}")
			.header("Idempotency-Key", "#{idempotencyKey}")
			.body(StringBody("{\"shippingAddress\":{\"name\":\"Load Shopper\",\"line1\":\"1 Test Street\","
					+ "\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\"},"
					+ "\"deliveryMode\":\"standard\",\"acceptPriceChanges\":true}"))
			.check(status().is(201), jsonPath("$.orderId").saveAs("orderId"),
					jsonPath("$.approvalUrl").saveAs("approvalUrl")))
			.exec(http("approve at PayPal").get("#{approvalUrl}").check(status().in(200, 302, 303)))
			.exec(http("confirm").post("/api/orders/#{orderId}/confirm")
				.header("Authorization", "Bearer #{token}")
				.check(status().is(200), jsonPath("$.status").is("CONFIRMED")));
	}

}
