package shop.paypal.checkout;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * {@code PayPal-Request-Id}: the first successful answer to an operation with a request
 * id is kept, and a repeat of that operation with the same id gets it again instead of a
 * second execution, even while the first is still being answered. Failures are not kept,
 * so a repeat after one executes again.
 */
@Component
public class RequestIdempotency {

	private final Map<String, ResponseEntity<?>> answers = new ConcurrentHashMap<>();

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	/**
	 * Executes an operation once per request id.
	 * @param operation the operation's name, scoping the id
	 * @param requestId the {@code PayPal-Request-Id}, or {@code null} for none
	 * @param execution runs the operation; its delay holds the answer back (after it was
	 * kept)
	 */
	Outcome once(String operation, String requestId, Supplier<Outcome> execution) {
		if (requestId == null || requestId.isBlank()) {
			return execution.get();
		}
		String key = operation + ":" + requestId;
		synchronized (this.locks.computeIfAbsent(key, (k) -> new Object())) {
			ResponseEntity<?> kept = this.answers.get(key);
			if (kept != null) {
				return new Outcome(kept, Duration.ZERO);
			}
			Outcome outcome = execution.get();
			if (outcome.response().getStatusCode().is2xxSuccessful()) {
				this.answers.put(key, outcome.response());
			}
			return outcome;
		}
	}

	public void clear() {
		this.answers.clear();
		this.locks.clear();
	}

	/**
	 * An answer and how long to hold it back.
	 */
	record Outcome(ResponseEntity<?> response, Duration delay) {

		ResponseEntity<?> deliver() {
			if (!this.delay.isZero()) {
				try {
					Thread.sleep(this.delay);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return this.response;
		}

	}

}
