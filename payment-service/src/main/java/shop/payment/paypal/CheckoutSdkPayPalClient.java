package shop.payment.paypal;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import com.paypal.http.HttpRequest;
import com.paypal.http.exceptions.HttpException;
import com.paypal.orders.AmountBreakdown;
import com.paypal.orders.AmountWithBreakdown;
import com.paypal.orders.ApplicationContext;
import com.paypal.orders.Capture;
import com.paypal.orders.Item;
import com.paypal.orders.LinkDescription;
import com.paypal.orders.Money;
import com.paypal.orders.Order;
import com.paypal.orders.OrderCaptureRequest;
import com.paypal.orders.OrderRequest;
import com.paypal.orders.OrdersCaptureRequest;
import com.paypal.orders.OrdersCreateRequest;
import com.paypal.orders.OrdersGetRequest;
import com.paypal.orders.PurchaseUnit;
import com.paypal.orders.PurchaseUnitRequest;
import com.paypal.payments.CapturesRefundRequest;
import com.paypal.payments.Refund;
import com.paypal.payments.RefundRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import shop.payment.PaymentProperties;

/**
 * {@link PayPalClient} on PayPal's Java SDK, {@code com.paypal.sdk:checkout-sdk} 2.0.0,
 * whose {@link PayPalEnvironment} takes any base URL: PayPal's sandbox or live API, the
 * simulator, or a test's WireMock.
 * <p>
 * Two steps bypass parts of the SDK, for these reasons:
 * <ul>
 * <li>Tokens: the SDK's own token cache is JVM-wide and static, uses a token to its last
 * second and never forgets one PayPal refused; {@link PayPalAccessTokens} fetches tokens
 * with the SDK's {@code AccessTokenRequest} but caches them itself, and every request
 * here carries its {@code Authorization} header, which makes the SDK skip its own.</li>
 * <li>Webhook verification: checkout-sdk 2.0.0 has no Notifications API (no request or
 * model for {@code POST /v1/notifications/verify-webhook-signature}), so that call goes
 * through Spring's {@link RestClient}, which also lets the received event be passed on
 * byte for byte, as PayPal's verification requires.</li>
 * </ul>
 */
@Component
public class CheckoutSdkPayPalClient implements PayPalClient {

	private static final String REQUEST_ID = "PayPal-Request-Id";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PayPalHttpClient http;

	private final PayPalAccessTokens tokens;

	private final RestClient rest;

	private final PaymentProperties properties;

	CheckoutSdkPayPalClient(PaymentProperties properties, Clock clock) {
		this.properties = properties;
		PayPalEnvironment environment = new PayPalEnvironment(properties.paypalClientId(),
				properties.paypalClientSecret(), trim(properties.paypalBaseUrl()), trim(properties.paypalWebUrl()));
		this.http = new PayPalHttpClient(environment);
		this.http.setConnectTimeout((int) properties.paypalConnectTimeout().toMillis());
		this.http.setReadTimeout((int) properties.paypalReadTimeout().toMillis());
		this.tokens = new PayPalAccessTokens(this.http, environment, clock, properties.paypalTokenRefreshMargin());
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.paypalConnectTimeout()).build());
		requests.setReadTimeout(properties.paypalReadTimeout());
		this.rest = RestClient.builder().baseUrl(trim(properties.paypalBaseUrl())).requestFactory(requests).build();
	}

	@Override
	public PayPalOrder createOrder(NewPayPalOrder order, String requestId) {
		OrdersCreateRequest request = new OrdersCreateRequest().prefer("return=representation")
			.requestBody(orderRequest(order));
		request.header(REQUEST_ID, requestId);
		return toOrder(execute("create order", request));
	}

	@Override
	public PayPalOrder getOrder(String orderId) {
		return toOrder(execute("get order", new OrdersGetRequest(orderId)));
	}

	@Override
	public PayPalOrder captureOrder(String orderId, String requestId) {
		OrdersCaptureRequest request = new OrdersCaptureRequest(orderId).prefer("return=representation")
			.payPalRequestId(requestId)
			.requestBody(new OrderCaptureRequest());
		return toOrder(execute("capture order", request));
	}

	@Override
	public PayPalRefund refundCapture(String captureId, PayPalAmount amount, String requestId) {
		CapturesRefundRequest request = new CapturesRefundRequest(captureId).prefer("return=representation")
			.payPalRequestId(requestId)
			.requestBody(new RefundRequest()
				.amount(new com.paypal.payments.Money().currencyCode(amount.currency()).value(amount.plainValue())));
		Refund refund = execute("refund capture", request);
		PayPalAmount refunded = (refund.amount() != null)
				? PayPalAmount.of(refund.amount().currencyCode(), refund.amount().value()) : null;
		return new PayPalRefund(refund.id(), refund.status(), refunded);
	}

	@Override
	public boolean verifyWebhookSignature(WebhookTransmission transmission, String rawEvent) {
		ObjectNode body = JSON.createObjectNode();
		body.put("auth_algo", transmission.authAlgo());
		body.put("cert_url", transmission.certUrl());
		body.put("transmission_id", transmission.transmissionId());
		body.put("transmission_sig", transmission.transmissionSig());
		body.put("transmission_time", transmission.transmissionTime());
		body.put("webhook_id", this.properties.paypalWebhookId());
		body.putRawValue("webhook_event", new RawValue(rawEvent));
		String json = JSON.writeValueAsString(body);
		for (int attempt = 1;; attempt++) {
			String token = token("verify webhook signature");
			try {
				String answer = this.rest.post()
					.uri("/v1/notifications/verify-webhook-signature")
					.header("Authorization", "Bearer " + token)
					.contentType(MediaType.APPLICATION_JSON)
					.body(json)
					.retrieve()
					.body(String.class);
				JsonNode status = (answer != null) ? JSON.readTree(answer).get("verification_status") : null;
				return status != null && "SUCCESS".equals(status.asString());
			}
			catch (RestClientResponseException ex) {
				if (ex.getStatusCode().value() == 401 && attempt == 1) {
					this.tokens.invalidate(token);
					continue;
				}
				Map<String, String> headers = new LinkedHashMap<>();
				ex.getResponseHeaders()
					.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
							values.isEmpty() ? null : values.getFirst()));
				throw PayPalErrors.fromResponse("verify webhook signature", ex.getStatusCode().value(),
						ex.getResponseBodyAsString(), headers);
			}
			catch (ResourceAccessException ex) {
				throw PayPalErrors.fromIoFailure("verify webhook signature",
						(ex.getCause() instanceof IOException io) ? io : new IOException(ex));
			}
		}
	}

	/**
	 * Executes a request with a cached token; a 401 drops the token and repeats the
	 * request once with a fresh one (repeating is safe: the request id comes along).
	 */
	private <T> T execute(String operation, HttpRequest<T> request) {
		for (int attempt = 1;; attempt++) {
			String token = token(operation);
			request.header("Authorization", "Bearer " + token);
			try {
				return this.http.execute(request).result();
			}
			catch (HttpException ex) {
				if (ex.statusCode() == 401 && attempt == 1) {
					this.tokens.invalidate(token);
					continue;
				}
				throw PayPalErrors.fromResponse(operation, ex.statusCode(), ex.getMessage(), headers(ex));
			}
			catch (IOException ex) {
				throw PayPalErrors.fromIoFailure(operation, ex);
			}
		}
	}

	private String token(String operation) {
		try {
			return this.tokens.token();
		}
		catch (HttpException ex) {
			throw PayPalErrors.fromResponse(operation + " (token)", ex.statusCode(), ex.getMessage(), headers(ex));
		}
		catch (IOException ex) {
			throw PayPalErrors.fromIoFailure(operation + " (token)", ex);
		}
	}

	private OrderRequest orderRequest(NewPayPalOrder order) {
		String currency = order.amount().currency();
		BigDecimal itemTotal = order.items()
			.stream()
			.map((item) -> item.unitAmount().value().multiply(BigDecimal.valueOf(item.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		AmountWithBreakdown amount = new AmountWithBreakdown().currencyCode(currency)
			.value(order.amount().plainValue());
		if (!order.items().isEmpty()) {
			AmountBreakdown breakdown = new AmountBreakdown().itemTotal(money(new PayPalAmount(currency, itemTotal)));
			BigDecimal rest = order.amount().value().subtract(itemTotal);
			if (rest.signum() > 0) {
				breakdown.shipping(money(new PayPalAmount(currency, rest)));
			}
			else if (rest.signum() < 0) {
				breakdown.discount(money(new PayPalAmount(currency, rest.negate())));
			}
			amount.amountBreakdown(breakdown);
		}
		List<Item> items = new ArrayList<>();
		for (NewPayPalOrder.Item item : order.items()) {
			items.add(new Item().name(limit(item.name(), 127))
				.sku(limit(item.sku(), 127))
				.quantity(Integer.toString(item.quantity()))
				.unitAmount(money(item.unitAmount()))
				.category("PHYSICAL_GOODS"));
		}
		PurchaseUnitRequest unit = new PurchaseUnitRequest().referenceId(order.reference())
			.customId(order.reference())
			.amountWithBreakdown(amount)
			.items(items);
		OrderRequest request = new OrderRequest();
		request.checkoutPaymentIntent("CAPTURE");
		request.purchaseUnits(List.of(unit));
		request.applicationContext(new ApplicationContext().returnUrl(order.returnUrl())
			.cancelUrl(order.cancelUrl())
			.brandName(this.properties.brandName())
			.userAction("PAY_NOW")
			.shippingPreference("NO_SHIPPING"));
		return request;
	}

	private static PayPalOrder toOrder(Order order) {
		PurchaseUnit unit = (order.purchaseUnits() != null && !order.purchaseUnits().isEmpty())
				? order.purchaseUnits().getFirst() : null;
		PayPalAmount amount = (unit != null && unit.amountWithBreakdown() != null)
				? PayPalAmount.of(unit.amountWithBreakdown().currencyCode(), unit.amountWithBreakdown().value()) : null;
		PayPalCapture capture = null;
		if (unit != null && unit.payments() != null && unit.payments().captures() != null
				&& !unit.payments().captures().isEmpty()) {
			Capture first = unit.payments().captures().getFirst();
			capture = new PayPalCapture(first.id(), first.status(), (first.amount() != null)
					? PayPalAmount.of(first.amount().currencyCode(), first.amount().value()) : null);
		}
		String approve = null;
		if (order.links() != null) {
			for (LinkDescription link : order.links()) {
				if ("approve".equals(link.rel()) || ("payer-action".equals(link.rel()) && approve == null)) {
					approve = link.href();
				}
			}
		}
		String payerId = (order.payer() != null) ? order.payer().payerId() : null;
		return new PayPalOrder(order.id(), order.status(), amount, approve, payerId, capture);
	}

	private static Money money(PayPalAmount amount) {
		return new Money().currencyCode(amount.currency()).value(amount.plainValue());
	}

	private static Map<String, String> headers(HttpException ex) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (ex.headers() != null) {
			for (String name : ex.headers()) {
				if (name != null) {
					headers.put(name.toLowerCase(Locale.ROOT), ex.headers().header(name));
				}
			}
		}
		return headers;
	}

	private static String limit(String value, int length) {
		if (value == null) {
			return null;
		}
		return (value.length() <= length) ? value : value.substring(0, length);
	}

	private static String trim(String url) {
		return url.replaceAll("/+$", "");
	}

}
