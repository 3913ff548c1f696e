package shop.realtime;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import shop.common.test.TestKeys;
import shop.common.test.TestSecurityConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The one Spring context of realtime-service's tests: a real server (and WebSocket
 * endpoint) on a random port, test tokens, WireMock standing in for auth-service's
 * session API, in-process fan-out, short ping interval.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "shop.realtime.ping-interval=300ms", "shop.realtime.session-check-interval=1h",
				"shop.realtime.max-message-bytes=1024", "shop.realtime.fanout.url=",
				"shop.internal.caller-keys=orders-service=orders-key,cart-service=cart-key",
				"shop.internal.api-key=realtime-key" })
@Import(TestSecurityConfiguration.class)
public abstract class RealtimeServiceTestSupport {

	protected static final WireMockServer AUTH = start();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void authService(DynamicPropertyRegistry registry) {
		registry.add("shop.services.auth-service", AUTH::baseUrl);
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected String socketUrl() {
		return "ws://localhost:" + this.port + "/api/ws/orders";
	}

	/**
	 * An access token of a session auth-service holds active.
	 */
	protected static String activeToken(UUID userId, String sessionId) {
		session(userId, sessionId, true);
		return TestKeys.token(userId, sessionId, Instant.now().plusSeconds(900), List.of("CUSTOMER"));
	}

	protected static void session(UUID userId, String sessionId, boolean active) {
		AUTH.stubFor(get(urlPathEqualTo("/internal/sessions/" + sessionId)).willReturn(
				okJson("{\"sessionId\":\"%s\",\"userId\":\"%s\",\"active\":%s}".formatted(sessionId, userId, active))));
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
		return server;
	}

}
