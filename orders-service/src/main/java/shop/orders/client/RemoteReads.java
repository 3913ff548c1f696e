package shop.orders.client;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import org.springframework.stereotype.Component;

import shop.common.feign.RemoteCalls;

/**
 * Retries reads (and only reads: they change nothing, so repeating them is always safe) a
 * few times with exponential backoff and jitter while the failure is transient.
 * State-changing calls are retried by the saga, under their idempotency keys.
 */
@Component
public class RemoteReads {

	private final Retry retry;

	public RemoteReads() {
		this.retry = Retry.of("remote-reads",
				RetryConfig.custom()
					.maxAttempts(3)
					.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(100), 2.0, 0.5))
					.retryOnException(RemoteCalls::isTransient)
					.build());
	}

	public <T> T read(Supplier<T> call) {
		return this.retry.executeSupplier(call);
	}

}
