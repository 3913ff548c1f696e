package shop.orders.client;

import java.util.Optional;

import shop.common.feign.RemoteProblemException;

/**
 * Finds the business answer inside a failed call, whatever wraps it (the circuit breaker
 * wraps every failure).
 */
public final class RemoteFailures {

	private RemoteFailures() {
	}

	/**
	 * The 4xx problem another service answered, if that is what the failure was.
	 */
	public static Optional<RemoteProblemException> problem(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof RemoteProblemException problem) {
				return Optional.of(problem);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the failure is the given HTTP status.
	 */
	public static boolean hasStatus(Throwable failure, int status) {
		return problem(failure).map((problem) -> problem.status() == status).orElse(false);
	}

}
