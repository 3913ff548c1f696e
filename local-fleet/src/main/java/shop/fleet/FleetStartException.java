package shop.fleet;

/**
 * The fleet could not start; the message is one line a developer can act on.
 */
public class FleetStartException extends RuntimeException {

	private final String logTail;

	public FleetStartException(String message) {
		this(message, null);
	}

	public FleetStartException(String message, String logTail) {
		super(message);
		this.logTail = logTail;
	}

	public String logTail() {
		return this.logTail;
	}

}
