package shop.gateway.security;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTests {

	@Test
	void takesTheConnectionsAddressWhenNoProxyIsTrusted() {
		assertThat(new ClientAddresses(0).of(exchange("1.2.3.4, 5.6.7.8"))).isEqualTo("192.0.2.10");
	}

	@Test
	void takesTheAddressTheTrustedProxyAppended() {
		assertThat(new ClientAddresses(1).of(exchange("6.6.6.6, 5.6.7.8"))).isEqualTo("5.6.7.8");
		assertThat(new ClientAddresses(2).of(exchange("6.6.6.6, 5.6.7.8, 10.0.0.1"))).isEqualTo("5.6.7.8");
		assertThat(new ClientAddresses(1).of(exchange("2001:db8::1"))).isEqualTo("2001:db8::1");
	}

	@Test
	void ignoresAForwardedValueThatIsNoAddress() {
		assertThat(new ClientAddresses(1).of(exchange("evil.example"))).isEqualTo("192.0.2.10");
		assertThat(new ClientAddresses(1).of(exchange(null))).isEqualTo("192.0.2.10");
	}

	private static MockServerWebExchange exchange(String forwardedFor) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/products")
			.remoteAddress(new InetSocketAddress("192.0.2.10", 40000));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return MockServerWebExchange.from(request);
	}

}
