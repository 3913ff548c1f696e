package shop.common.feign;

import java.util.concurrent.TimeoutException;

/**
 * Classifies failures of calls to other services.
 */
public final class RemoteCalls {

	private RemoteCalls() {
	}

	/**
	 * The 4xx problem another service answered, when that is what a failure is (also when
	 * a circuit breaker or proxy wrapped it).
	 */
	public static java.util.Optional<RemoteProblemException> problem(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof RemoteProblemException problem) {
				return java.util.Optional.of(problem);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return java.util.Optional.empty();
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
					|| current instanceof TimeoutException || current instanceof java.io.IOException
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
