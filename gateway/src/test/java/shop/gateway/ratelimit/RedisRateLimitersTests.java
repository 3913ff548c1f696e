package shop.gateway.ratelimit;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Redis-backed limiter against a real Redis: runs where a {@code redis-server} binary
 * is installed (it is started on a free port for the test), and is skipped elsewhere.
 */
class RedisRateLimitersTests {

	private static Process redis;

	private static LettuceConnectionFactory connectionFactory;

	private static RedisRateLimiters limiters;

	@BeforeAll
	static void startRedis() throws Exception {
		Path binary = Path.of("/usr/bin/redis-server");
		assumeTrue(Files.isExecutable(binary), "redis-server is not installed");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		redis = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--save", "", "--appendonly",
				"no", "--bind", "127.0.0.1")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		connectionFactory = new LettuceConnectionFactory(
				LettuceConnectionFactory.createRedisConfiguration("redis://127.0.0.1:" + port));
		connectionFactory.afterPropertiesSet();
		connectionFactory.start();
		ReactiveStringRedisTemplate template = new ReactiveStringRedisTemplate(connectionFactory);
		waitForRedis(template);
		limiters = new RedisRateLimitConfiguration().redisRateLimiters(template);
	}

	@AfterAll
	static void stopRedis() {
		if (connectionFactory != null) {
			connectionFactory.destroy();
		}
		if (redis != null) {
			redis.destroy();
		}
	}

	@Test
	void sharesOneBucketPerKeyAcrossRoutesAndLimitersAndRefusesWithRetryAfter() {
		RateLimiter<Object> oneInstance = limiters.create("ip", 1, 3);
		RateLimiter<Object> otherInstance = limiters.create("ip", 1, 3);
		assertThat(oneInstance.isAllowed("catalog", "203.0.113.9").block().isAllowed()).isTrue();
		assertThat(otherInstance.isAllowed("cart", "203.0.113.9").block().isAllowed()).isTrue();
		assertThat(oneInstance.isAllowed("orders", "203.0.113.9").block().isAllowed()).isTrue();
		Response refused = otherInstance.isAllowed("catalog", "203.0.113.9").block();
		assertThat(refused.isAllowed()).isFalse();
		assertThat(refused.getHeaders()).containsOnlyKeys("Retry-After").containsEntry("Retry-After", "1");
		assertThat(oneInstance.isAllowed("catalog", "203.0.113.10").block().isAllowed()).isTrue();
	}

	@Test
	void keepsTheUserAndAddressBucketsApart() {
		RateLimiter<Object> perAddress = limiters.create("ip", 1, 1);
		RateLimiter<Object> perUser = limiters.create("user", 1, 1);
		assertThat(perAddress.isAllowed("cart", "same-key").block().isAllowed()).isTrue();
		assertThat(perUser.isAllowed("cart", "same-key").block().isAllowed()).isTrue();
	}

	private static void waitForRedis(ReactiveStringRedisTemplate template) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			try {
				template.opsForValue().set("ready", "yes").block(Duration.ofSeconds(1));
				return;
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(100);
			}
		}
	}

}
