package shop.common.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds load instead of running out of memory: with virtual threads nothing bounds how
 * many requests a service works on at once, and under a burst hundreds of them sat
 * waiting for one of a few database connections, each holding its request, until the heap
 * was gone (the 1,000-user benchmark took catalog-service down that way). At most
 * {@code shop.web.max-concurrent-requests} requests run at once; one more waits up to
 * {@code shop.web.queue-wait} for a slot and is otherwise answered at once with 503
 * {@code SERVICE_BUSY} and {@code Retry-After}, which the gateway and Feign callers treat
 * as transient. The actuator (probes, metrics) is never limited.
 */
public class ConcurrencyLimitFilter extends OncePerRequestFilter {

	private final Semaphore slots;

	private final long waitNanos;

	public ConcurrencyLimitFilter(int maxConcurrentRequests, Duration queueWait) {
		this.slots = new Semaphore(maxConcurrentRequests, true);
		this.waitNanos = queueWait.toNanos();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean acquired;
		try {
			acquired = this.slots.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			Problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_BUSY", "Service busy",
					"The service is at its limit of concurrent requests; try again shortly"));
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.slots.release();
		}
	}

}
