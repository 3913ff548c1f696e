package shop.cart.client;

import java.util.Optional;

import shop.common.feign.RemoteProblemException;

/**
 * Finds what another service answered inside the wrappers Feign and the circuit breaker
 * put around it.
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

}
