package shop.fleet.demo;

/**
 * The demo catalog could not be loaded: the gateway refused a request for a reason that
 * retrying does not cure (bad credentials, a rejected product), or stayed unreachable.
 */
public class DemoLoadException extends RuntimeException {

	public DemoLoadException(String message) {
		super(message);
	}

	public DemoLoadException(String message, Throwable cause) {
		super(message, cause);
	}

}
