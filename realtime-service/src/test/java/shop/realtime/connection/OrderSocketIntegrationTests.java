package shop.realtime.connection;

import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import shop.common.test.Http;
import shop.common.test.TestKeys;
import shop.realtime.RealtimeServiceTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

class OrderSocketIntegrationTests extends RealtimeServiceTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int POLICY_VIOLATION = 1008;

	@Autowired
	ConnectionKeeper keeper;

	@Autowired
	ConnectionRegistry registry;

	private final List<TestSocket> sockets = new ArrayList<>();

	@AfterEach
	void closeSockets() {
		this.sockets.forEach(TestSocket::close);
	}

	@Test
	void pushesEachUsersOrderEventsToAllTheirConnectionsAndToNobodyElse() throws Exception {
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		TestSocket aliceLaptop = open(alice);
		TestSocket alicePhone = openWithHeader(alice);
		TestSocket bobSocket = open(bob);
		UUID aliceOrder = UUID.randomUUID();
		UUID bobOrder = UUID.randomUUID();

		assertThat(publish(UUID.randomUUID().toString(), alice, aliceOrder, "CONFIRMED").statusCode()).isEqualTo(202);
		assertThat(publish(UUID.randomUUID().toString(), bob, bobOrder, "SHIPPED").statusCode()).isEqualTo(202);

		for (TestSocket socket : List.of(aliceLaptop, alicePhone)) {
			JsonNode push = JSON.readTree(socket.next());
			assertThat(push.get("type").asString()).isEqualTo("ORDER_STATUS");
			assertThat(push.get("orderId").asString()).isEqualTo(aliceOrder.toString());
			assertThat(push.get("status").asString()).isEqualTo("CONFIRMED");
			assertThat(push.get("at").asString()).isNotBlank();
			assertThat(socket.nextWithin(Duration.ofMillis(500))).isNull();
		}
		JsonNode bobs = JSON.readTree(bobSocket.next());
		assertThat(bobs.get("orderId").asString()).isEqualTo(bobOrder.toString());
		assertThat(bobs.get("status").asString()).isEqualTo("SHIPPED");
		assertThat(bobSocket.nextWithin(Duration.ofMillis(500))).isNull();
	}

	@Test
	void deliversARepeatedEventOnce() throws Exception {
		UUID user = UUID.randomUUID();
		TestSocket socket = open(user);
		String eventId = UUID.randomUUID().toString();
		UUID order = UUID.randomUUID();

		publish(eventId, user, order, "CONFIRMED");
		publish(eventId, user, order, "CONFIRMED");
		publish(UUID.randomUUID().toString(), user, order, "SHIPPED");

		assertThat(JSON.readTree(socket.next()).get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(JSON.readTree(socket.next()).get("status").asString()).isEqualTo("SHIPPED");
		assertThat(socket.nextWithin(Duration.ofMillis(500))).isNull();
	}

	@Test
	void refusesTheUpgradeWith401WithoutAValidTokenOrWithAnEndedSession() {
		UUID user = UUID.randomUUID();
		String ended = UUID.randomUUID().toString();
		session(user, ended, false);
		String endedToken = TestKeys.token(user, ended, Instant.now().plusSeconds(900), List.of("CUSTOMER"));
		String expired = TestKeys.token(user, UUID.randomUUID().toString(), Instant.now().minusSeconds(60),
				List.of("CUSTOMER"));

		assertThat(upgradeStatus(socketUrl())).isEqualTo(401);
		assertThat(upgradeStatus(socketUrl() + "?access_token=not-a-jwt")).isEqualTo(401);
		assertThat(upgradeStatus(socketUrl() + "?access_token=" + expired)).isEqualTo(401);
		assertThat(upgradeStatus(socketUrl() + "?access_token=" + endedToken)).isEqualTo(401);
		assertThat(upgradeStatus(socketUrl() + "?access_token=" + TestKeys.token(user, "CUSTOMER"))).isEqualTo(401);
	}

	@Test
	void closesTheConnectionsOfARevokedSession() throws Exception {
		UUID user = UUID.randomUUID();
		String sessionId = UUID.randomUUID().toString();
		TestSocket socket = TestSocket.open(socketUrl() + "?access_token=" + activeToken(user, sessionId));
		this.sockets.add(socket);
		TestSocket other = open(user);
		awaitRegistered(user, 2);

		session(user, sessionId, false);
		this.keeper.closeRevokedSessions();

		assertThat(socket.closeCode()).isEqualTo(POLICY_VIOLATION);
		assertThat(other.isClosed()).isFalse();
	}

	@Test
	void closesOversizedAndUnexpectedClientFramesWithAPolicyViolation() throws Exception {
		UUID user = UUID.randomUUID();
		TestSocket pinger = open(user);
		pinger.sendText("{\"type\":\"PING\"}");
		assertThat(pinger.next()).isEqualTo("{\"type\":\"PONG\"}");

		TestSocket oversized = open(user);
		oversized.sendText("{\"type\":\"PING\",\"pad\":\"" + "x".repeat(5000) + "\"}");
		assertThat(oversized.closeCode()).isEqualTo(POLICY_VIOLATION);

		TestSocket unexpected = open(user);
		unexpected.sendText("{\"type\":\"SUBSCRIBE\",\"orderId\":\"someone-elses\"}");
		assertThat(unexpected.closeCode()).isEqualTo(POLICY_VIOLATION);

		TestSocket binary = open(user);
		binary.sendBinary(new byte[] { 1, 2, 3 });
		assertThat(binary.closeCode()).isEqualTo(POLICY_VIOLATION);
	}

	@Test
	void limitsTheConnectionsOfOneUser() throws Exception {
		UUID user = UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			open(user);
		}
		awaitRegistered(user, 5);

		TestSocket sixth = open(user);

		assertThat(sixth.closeCode()).isEqualTo(POLICY_VIOLATION);
		UUID order = UUID.randomUUID();
		publish(UUID.randomUUID().toString(), user, order, "CONFIRMED");
		for (TestSocket socket : this.sockets.subList(this.sockets.size() - 6, this.sockets.size() - 1)) {
			assertThat(socket.next()).contains(order.toString());
		}
	}

	@Test
	void pingsQuietConnections() {
		TestSocket socket = open(UUID.randomUUID());

		await().atMost(Duration.ofSeconds(5)).until(() -> socket.pings() > 0);
		assertThat(socket.isClosed()).isFalse();
	}

	@Test
	void takesEventsOnlyFromOrdersServiceAndRefusesIncompleteOnes() {
		String event = "{\"eventId\":\"e\",\"userId\":\"" + UUID.randomUUID() + "\",\"orderId\":\"" + UUID.randomUUID()
				+ "\",\"status\":\"CONFIRMED\",\"at\":\"2025-01-01T00:00:00Z\"}";
		assertThat(Http.post(url("/internal/events/order-status"), event).statusCode()).isEqualTo(401);
		assertThat(Http.post(url("/internal/events/order-status"), event, "X-Api-Key", "cart-key").statusCode())
			.isEqualTo(403);
		HttpResponse<String> incomplete = Http.post(url("/internal/events/order-status"), "{\"eventId\":\"e\"}",
				"X-Api-Key", "orders-key");
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(incomplete.body()).contains("userId", "orderId", "status");
	}

	private void awaitRegistered(UUID user, int connections) {
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.registry.all().stream().filter((c) -> c.userId().equals(user)).count() == connections);
	}

	private TestSocket open(UUID user) {
		TestSocket socket = TestSocket
			.open(socketUrl() + "?access_token=" + activeToken(user, UUID.randomUUID().toString()));
		this.sockets.add(socket);
		return socket;
	}

	private TestSocket openWithHeader(UUID user) {
		TestSocket socket = TestSocket.open(socketUrl(), "Authorization",
				"Bearer " + activeToken(user, UUID.randomUUID().toString()));
		this.sockets.add(socket);
		return socket;
	}

	private static int upgradeStatus(String url) {
		Throwable failure = catchThrowable(() -> TestSocket.open(url));
		assertThat(failure).isInstanceOf(CompletionException.class)
			.hasCauseInstanceOf(WebSocketHandshakeException.class);
		return ((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode();
	}

	private HttpResponse<String> publish(String eventId, UUID user, UUID order, String status) {
		String body = "{\"eventId\":\"%s\",\"userId\":\"%s\",\"orderId\":\"%s\",\"status\":\"%s\",\"at\":\"%s\"}"
			.formatted(eventId, user, order, status, Instant.now());
		return Http.post(url("/internal/events/order-status"), body, "X-Api-Key", "orders-key");
	}

}
