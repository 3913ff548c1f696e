package shop.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import shop.common.test.PostgresTest;
import shop.common.test.TestSecurityConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * One running payment-service for every integration test of the module (one Spring
 * context, one embedded PostgreSQL, fixed test encryption keys), with PayPal stood in by
 * WireMock answering with PayPal's recorded shapes ({@code src/test/resources/paypal}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "shop.internal.caller-keys=orders-service=orders-key,cart-service=cart-key",
				"shop.crypto.keys=test1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"shop.crypto.blind-index-key=ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM=",
				"shop.payment.paypal-client-id=test-client", "shop.payment.paypal-client-secret=test-secret",
				"shop.payment.paypal-webhook-id=WH-TEST", "shop.payment.paypal-read-timeout=1s" })
@AutoConfigureMockMvc
@PostgresTest
@Import(TestSecurityConfiguration.class)
public abstract class PaymentTestSupport {

	protected static final WireMockServer paypal = new WireMockServer(options().dynamicPort());

	static {
		paypal.start();
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected MockMvc mvc;

	@DynamicPropertySource
	static void paypalAtWireMock(DynamicPropertyRegistry registry) {
		registry.add("shop.payment.paypal-base-url", paypal::baseUrl);
		registry.add("shop.payment.paypal-web-url", paypal::baseUrl);
	}

	@BeforeEach
	void paypalHandsOutTokens() {
		paypal.resetAll();
		paypal.stubFor(post(urlPathEqualTo("/v1/oauth2/token")).willReturn(json(200, recorded("token"))));
	}

	/**
	 * A recorded PayPal answer from {@code src/test/resources/paypal}, its
	 * {@code {{PLACEHOLDERS}}} filled in.
	 */
	protected static String recorded(String name, String... placeholders) {
		String body;
		try (InputStream in = PaymentTestSupport.class.getResourceAsStream("/paypal/" + name + ".json")) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (int i = 0; i + 1 < placeholders.length; i += 2) {
			body = body.replace("{{" + placeholders[i] + "}}", placeholders[i + 1]);
		}
		return body;
	}

	protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("Paypal-Debug-Id", "f0e1d2c3b4a59")
			.withBody(body);
	}

}
