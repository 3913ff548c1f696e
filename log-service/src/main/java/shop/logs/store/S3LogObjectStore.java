package shop.logs.store;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Objects in a bucket of an S3-compatible store, optionally under a key prefix.
 */
class S3LogObjectStore implements LogObjectStore {

	private final S3Client client;

	private final String bucket;

	private final String prefix;

	S3LogObjectStore(S3Client client, String bucket, String prefix) {
		this.client = client;
		this.bucket = bucket;
		this.prefix = (prefix == null || prefix.isBlank()) ? "" : (prefix.endsWith("/") ? prefix : prefix + "/");
	}

	@Override
	public void put(String key, byte[] content) {
		try {
			this.client.putObject(
					(request) -> request.bucket(this.bucket)
						.key(this.prefix + key)
						.contentType(key.endsWith(".gz") ? "application/gzip" : "application/octet-stream"),
					RequestBody.fromBytes(content));
		}
		catch (SdkException ex) {
			throw new LogStoreException("Cannot write " + key + " to bucket " + this.bucket, ex);
		}
	}

	@Override
	public byte[] get(String key) {
		try {
			return this.client.getObjectAsBytes((request) -> request.bucket(this.bucket).key(this.prefix + key))
				.asByteArray();
		}
		catch (SdkException ex) {
			throw new LogStoreException("Cannot read " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			this.client.deleteObject((request) -> request.bucket(this.bucket).key(this.prefix + key));
		}
		catch (SdkException ex) {
			throw new LogStoreException("Cannot delete " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public String kind() {
		return "s3";
	}

}
