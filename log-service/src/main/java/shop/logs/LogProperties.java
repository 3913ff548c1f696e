package shop.logs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of log-service, under {@code shop.logs}.
 *
 * @param maxEventsPerObject events per stored object (at most 100)
 * @param flushInterval how long a partial object waits for more events
 * @param storeDirectory the local object store's directory ({@code LOG_STORE_DIRECTORY})
 * @param retentionDays objects whose newest event is older are deleted
 * ({@code LOG_RETENTION_DAYS})
 * @param retentionInterval how often retention runs
 * @param maxBufferedEvents accepted events not yet stored; beyond it ingestion answers
 * 503 and shippers keep their events until log-service catches up
 * @param maxSearchedObjects the most objects one search reads (the newest matching ones)
 * @param store which object store to use
 */
@ConfigurationProperties("shop.logs")
public record LogProperties(@DefaultValue("100") int maxEventsPerObject, @DefaultValue("5s") Duration flushInterval,
		@DefaultValue(".fleet/log-store") String storeDirectory, @DefaultValue("14") int retentionDays,
		@DefaultValue("1h") Duration retentionInterval, @DefaultValue("50000") int maxBufferedEvents,
		@DefaultValue("200") int maxSearchedObjects, @DefaultValue Store store) {

	public LogProperties {
		if (maxEventsPerObject < 1 || maxEventsPerObject > 100) {
			throw new IllegalArgumentException("shop.logs.max-events-per-object must be between 1 and 100");
		}
	}

	/**
	 * The object store.
	 *
	 * @param type {@code directory} (default) or {@code s3} ({@code LOG_STORE_TYPE})
	 * @param s3 the S3-compatible store, when {@code type} is {@code s3}
	 */
	public record Store(@DefaultValue("directory") String type, @DefaultValue S3 s3) {

	}

	/**
	 * An S3-compatible store: AWS S3, MinIO, Cloudflare R2.
	 *
	 * @param endpoint the endpoint override, e.g. {@code http://localhost:9000} for MinIO
	 * or {@code https://<account>.r2.cloudflarestorage.com}; empty for AWS itself
	 * @param region the region ({@code auto} for R2)
	 * @param bucket the bucket, which must exist
	 * @param accessKey the access key; empty to use the default AWS credentials chain
	 * @param secretKey the secret key
	 * @param pathStyle path-style addressing (MinIO needs it)
	 * @param prefix a key prefix inside the bucket
	 */
	public record S3(String endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
			String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("") String prefix) {

	}

}
