package shop.logs.store;

/**
 * The object store failed.
 */
public class LogStoreException extends RuntimeException {

	public LogStoreException(String message, Throwable cause) {
		super(message, cause);
	}

}
