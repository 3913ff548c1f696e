package shop.logs.store;

import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import shop.logs.LogProperties;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The S3 store against an S3-compatible endpoint (WireMock standing in for MinIO or R2):
 * path-style keys under the bucket and prefix, signed requests, plain bodies.
 */
class S3LogObjectStoreTests {

	private static final String KEY = "date=2025-01-31/hour=13/service=orders-service/abc.ndjson.gz";

	/**
	 * The key as it travels in the request path: {@code =} is percent-encoded.
	 */
	private static final String PATH = "/shop-logs/fleet/" + KEY.replace("=", "%3D");

	private WireMockServer s3;

	private S3LogObjectStore store;

	@BeforeEach
	void start() {
		this.s3 = new WireMockServer(wireMockConfig().dynamicPort());
		this.s3.start();
		LogProperties.S3 settings = new LogProperties.S3(this.s3.baseUrl(), "auto", "shop-logs", "access", "secret",
				true, "fleet");
		this.store = new S3LogObjectStore(LogStoreConfiguration.s3Client(settings), "shop-logs", "fleet");
	}

	@AfterEach
	void stop() {
		this.s3.stop();
	}

	@Test
	void putsReadsAndDeletesObjectsUnderTheBucketAndPrefix() {
		byte[] content = "gzipped ndjson".getBytes(StandardCharsets.UTF_8);
		this.s3.stubFor(put(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"1\"")));
		this.s3.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(content)));
		this.s3.stubFor(delete(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(204)));

		try {
			this.store.put(KEY, content);
		}
		finally {
			this.s3.getAllServeEvents()
				.forEach((e) -> System.out
					.println("S3DEBUG " + e.getRequest().getMethod() + " " + e.getRequest().getUrl()));
		}
		byte[] read = this.store.get(KEY);
		this.store.delete(KEY);

		assertThat(read).isEqualTo(content);
		// over plain HTTP the SDK streams the body in signed aws-chunked encoding
		this.s3.verify(putRequestedFor(urlPathEqualTo(PATH))
			.withHeader("x-amz-decoded-content-length", equalTo(Integer.toString(content.length)))
			.withHeader("Authorization", containing("AWS4-HMAC-SHA256")));
		this.s3.verify(deleteRequestedFor(urlPathEqualTo(PATH)));
	}

	@Test
	void reportsAStoreThatFailsAsALogStoreException() {
		this.s3.stubFor(put(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/xml")
			.withBody("<Error><Code>AccessDenied</Code><Message>no</Message></Error>")));

		assertThatExceptionOfType(LogStoreException.class).isThrownBy(() -> this.store.put(KEY, new byte[] { 1 }));
	}

}
