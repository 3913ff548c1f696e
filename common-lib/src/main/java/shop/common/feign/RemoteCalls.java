package shop.common.feign;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Classifies failures of calls to other services, looking through the wrappers Feign, the
 * circuit breaker and proxies put around what the other service answered.
 */
public final class RemoteCalls {

	private RemoteCalls() {
	}

	/**
	 * The 4xx problem another service answered, when that is what a failure is (also when
	 * a circuit breaker or proxy wrapped it).
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
	 * Whether a failure is the problem another service answered with the given HTTP
	 * status.
	 */
	public static boolean hasStatus(Throwable failure, int status) {
		return problem(failure).map((problem) -> problem.status() == status).orElse(false);
	}

	/**
	 * Whether a failure is transient (timeout, refused connection, 5xx, open circuit
	 * breaker), so that the call may be repeated later; business answers (4xx problems)
	 * are not.
	 */
	public static boolean isTransient(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof RemoteProblemException) {
				return false;
			}
			if (current instanceof RemoteServiceUnavailableException || current instanceof feign.RetryableException
					|| current instanceof TimeoutException || current instanceof IOException
					|| current.getClass().getSimpleName().equals("CallNotPermittedException")
					|| current.getClass().getSimpleName().equals("NoFallbackAvailableException")) {
				if (current.getClass().getSimpleName().equals("NoFallbackAvailableException")
						&& current.getCause() != null) {
					continue;
				}
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

}
