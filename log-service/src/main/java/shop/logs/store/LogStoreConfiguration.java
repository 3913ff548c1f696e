package shop.logs.store;

import java.net.URI;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import shop.logs.LogProperties;

/**
 * Chooses the object store: {@code shop.logs.store.type=s3} for an S3-compatible store,
 * the local directory otherwise.
 */
@Configuration(proxyBeanMethods = false)
class LogStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LogStoreConfiguration.class);

	@Bean
	LogObjectStore logObjectStore(LogProperties properties) {
		if ("s3".equalsIgnoreCase(properties.store().type())) {
			LogProperties.S3 s3 = properties.store().s3();
			if (!StringUtils.hasText(s3.bucket())) {
				throw new IllegalStateException("shop.logs.store.s3.bucket (LOG_STORE_S3_BUCKET) is required for s3");
			}
			log.info("Log objects go to bucket {} at {}", s3.bucket(),
					StringUtils.hasText(s3.endpoint()) ? s3.endpoint() : "AWS S3");
			return new S3LogObjectStore(s3Client(s3), s3.bucket(), s3.prefix());
		}
		Path directory = Path.of(properties.storeDirectory());
		log.info("Log objects go to the directory {}", directory.toAbsolutePath());
		return new DirectoryLogObjectStore(directory);
	}

	/**
	 * An S3 client that works with AWS and the S3-compatible stores: endpoint override,
	 * path-style when asked, and checksums only where the API requires them (MinIO and R2
	 * do not all accept the newer default ones).
	 */
	static S3Client s3Client(LogProperties.S3 s3) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(s3.region()))
			.forcePathStyle(s3.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (StringUtils.hasText(s3.endpoint())) {
			builder.endpointOverride(URI.create(s3.endpoint()));
		}
		if (StringUtils.hasText(s3.accessKey())) {
			builder.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		return builder.build();
	}

}
