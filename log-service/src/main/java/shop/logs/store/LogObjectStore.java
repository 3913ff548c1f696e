package shop.logs.store;

/**
 * An object store holding log objects under keys like
 * {@code date=2025-01-31/hour=13/service=orders-service/<id>.ndjson.gz}.
 */
public interface LogObjectStore {

	/**
	 * Stores an object, replacing one with the same key.
	 * @throws LogStoreException when the store cannot take it
	 */
	void put(String key, byte[] content);

	/**
	 * Reads an object.
	 * @throws LogStoreException when it cannot be read
	 */
	byte[] get(String key);

	/**
	 * Deletes an object; deleting a missing one is not an error.
	 */
	void delete(String key);

	/**
	 * A short name of the store kind ({@code directory}, {@code s3}).
	 */
	String kind();

}
