package shop.common.feign;

/**
 * Another service answered with a 5xx: a transient failure, worth retrying with backoff.
 */
public class RemoteServiceUnavailableException extends RuntimeException {

	private final int status;

	public RemoteServiceUnavailableException(String methodKey, int status) {
		super(methodKey + " answered " + status);
		this.status = status;
	}

	public int status() {
		return this.status;
	}

}
