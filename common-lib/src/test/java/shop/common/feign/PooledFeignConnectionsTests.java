package shop.common.feign;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Feign clients keep their connections: many calls share a few pooled connections
 * instead of opening one each, and a connection whose server went away is replaced, not
 * used for the next call (a POST, which is never retried).
 */
class PooledFeignConnectionsTests {

	private static final int CALLERS = 16;

	private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

	private HttpServer server;

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
						FeignAutoConfiguration.class, InternalFeignAutoConfiguration.class))
		.withUserConfiguration(ProbeClients.class)
		.withPropertyValues("shop.internal.api-key=test-key", "spring.cloud.openfeign.httpclient.hc5.enabled=false");

	@AfterEach
	void stopServer() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void sharesAFewKeptAliveConnectionsAmongManyConcurrentCalls() throws Exception {
		int port = startServer(0);
		this.contexts.withPropertyValues("probe.url=http://localhost:" + port).run((context) -> {
			Probe probe = context.getBean(Probe.class);
			List<Future<String>> answers = new ArrayList<>();
			try (ExecutorService callers = Executors.newFixedThreadPool(CALLERS)) {
				for (int i = 0; i < 200; i++) {
					String body = "call-" + i;
					answers.add(callers.submit(() -> probe.echo(body)));
				}
			}
			for (int i = 0; i < answers.size(); i++) {
				assertThat(answers.get(i).get()).isEqualTo("call-" + i);
			}
			// about one connection per concurrent caller, each reused for many calls (a
			// caller may now and then open one more while another is being handed back)
			assertThat(this.clientPorts).hasSizeBetween(1, 2 * CALLERS);
		});
	}

	@Test
	void replacesAPooledConnectionWhoseServerWentAway() throws Exception {
		int port = startServer(0);
		this.contexts.withPropertyValues("probe.url=http://localhost:" + port).run((context) -> {
			Probe probe = context.getBean(Probe.class);
			assertThat(probe.echo("before")).isEqualTo("before");
			this.server.stop(0);
			startServer(port);
			// idle longer than the validation interval: the next lease checks the
			// connection
			Thread.sleep(1_200);
			assertThat(probe.echo("after a restart")).isEqualTo("after a restart");
		});
	}

	@Test
	void neverRepeatsARequestByItself() throws Exception {
		AtomicInteger received = new AtomicInteger();
		int port = startServer(0);
		this.server.createContext("/busy", (exchange) -> {
			received.incrementAndGet();
			exchange.getResponseHeaders().add("Retry-After", "1");
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
		});
		this.contexts.withPropertyValues("probe.url=http://localhost:" + port).run((context) -> {
			Probe probe = context.getBean(Probe.class);
			// the caller's circuit breaker and the saga decide about retries, not the
			// client
			assertThatExceptionOfType(RemoteServiceUnavailableException.class).isThrownBy(probe::busy)
				.withMessageContaining("503");
			assertThat(received).hasValue(1);
		});
	}

	private int startServer(int port) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
		this.server.createContext("/echo", (exchange) -> {
			this.clientPorts.add(exchange.getRemoteAddress().getPort());
			byte[] body = exchange.getRequestBody().readAllBytes();
			try {
				// a little work, so that the callers' requests overlap
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.getResponseHeaders().add("Content-Type", "text/plain;charset=UTF-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.start();
		return this.server.getAddress().getPort();
	}

	@FeignClient(name = "probe", url = "${probe.url}")
	interface Probe {

		@PostMapping(path = "/echo", consumes = "text/plain", produces = "text/plain")
		String echo(@RequestBody String body);

		@GetMapping(path = "/busy", produces = "text/plain")
		String busy();

	}

	@Configuration(proxyBeanMethods = false)
	@EnableFeignClients(clients = Probe.class)
	static class ProbeClients {

	}

}
