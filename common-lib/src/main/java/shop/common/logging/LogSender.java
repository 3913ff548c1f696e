package shop.common.logging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts one batch to log-service's {@code POST /internal/logs} with this service's API
 * key. Uses the JDK's HTTP client, so that shipping needs nothing of the application
 * context and never logs through the appender that called it.
 */
class LogSender {

	enum Outcome {

		/** log-service accepted the batch. */
		DELIVERED,

		/** log-service could not be reached or failed: keep the batch and retry. */
		RETRY,

		/** log-service refused the batch for good (a 4xx): retrying cannot help. */
		REJECTED

	}

	private final URI endpoint;

	private final String apiKey;

	private final Duration timeout;

	private final HttpClient client;

	LogSender(String baseUrl, String apiKey, Duration timeout) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.endpoint = URI.create(base + "/internal/logs");
		this.apiKey = apiKey;
		this.timeout = timeout;
		this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	Outcome send(byte[] body) {
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("X-Api-Key", this.apiKey)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			int status = this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status >= 200 && status < 300) {
				return Outcome.DELIVERED;
			}
			return (status >= 500 || status == 408 || status == 429) ? Outcome.RETRY : Outcome.REJECTED;
		}
		catch (IOException ex) {
			return Outcome.RETRY;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.RETRY;
		}
	}

	URI endpoint() {
		return this.endpoint;
	}

}
