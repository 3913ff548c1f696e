package shop.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.web.reactive.function.client.WebClient;

import shop.common.request.RequestIds;
import shop.common.security.internal.ApiKeyFilter;
import shop.common.security.jwt.ShopJwt;

/**
 * Asks auth-service whether a token's session is still active ({@code GET
 * /internal/sessions/{sessionId}}), on every authenticated request. Nothing positive is
 * cached: a session ended on any auth-service instance is refused by every gateway
 * instance on its very next request, because the answer comes from the one database where
 * the session ended. An ended session cannot come back, so that answer is remembered
 * until the token would have expired anyway, sparing auth-service the calls a stolen
 * token would cause. When auth-service cannot answer, the request fails closed (503),
 * never open.
 */
public class SessionVerifier {

	private static final Logger log = LoggerFactory.getLogger(SessionVerifier.class);

	private static final int MAX_REMEMBERED = 100_000;

	private final WebClient client;

	private final String apiKey;

	private final Duration timeout;

	private final Clock clock;

	private final Map<String, Instant> ended = new ConcurrentHashMap<>();

	public SessionVerifier(WebClient client, String apiKey, Duration timeout, Clock clock) {
		this.client = client;
		this.apiKey = apiKey;
		this.timeout = timeout;
		this.clock = clock;
	}

	/**
	 * Completes when the token's session is active and belongs to the token's subject.
	 * @return an error of {@link InvalidBearerTokenException} (401) when the session has
	 * ended or is unknown, of {@link AuthenticationServiceException} (503) when
	 * auth-service does not answer
	 */
	public Mono<Void> verify(Jwt jwt, String requestId) {
		String sessionId = jwt.getClaimAsString(ShopJwt.SESSION_CLAIM);
		Instant endedUntil = this.ended.get(sessionId);
		if (endedUntil != null && endedUntil.isAfter(this.clock.instant())) {
			return Mono.error(ended());
		}
		return this.client.get()
			.uri("/internal/sessions/{sessionId}", sessionId)
			.header(ApiKeyFilter.HEADER, this.apiKey)
			.header(RequestIds.HEADER, (requestId != null) ? requestId : UUID.randomUUID().toString())
			.header(RequestIds.USER_HEADER, jwt.getSubject())
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.bodyToMono(SessionStatus.class);
				}
				if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
					return response.releaseBody().thenReturn(SessionStatus.UNKNOWN);
				}
				return response.releaseBody()
					.then(Mono.error(new AuthenticationServiceException(
							"The session check answered " + response.statusCode().value())));
			})
			.switchIfEmpty(Mono.error(() -> new AuthenticationServiceException("The session check answered nothing")))
			.timeout(this.timeout)
			.onErrorMap((ex) -> !(ex instanceof AuthenticationServiceException), (ex) -> {
				log.warn("The session check failed: {}", ex.toString());
				return new AuthenticationServiceException("The session check failed", ex);
			})
			.flatMap((status) -> {
				if (status.active() && jwt.getSubject().equals(String.valueOf(status.userId()))) {
					return Mono.empty();
				}
				remember(sessionId, jwt.getExpiresAt());
				return Mono.error(ended());
			});
	}

	private void remember(String sessionId, Instant tokenExpiry) {
		Instant now = this.clock.instant();
		if (this.ended.size() >= MAX_REMEMBERED) {
			this.ended.values().removeIf((until) -> !until.isAfter(now));
		}
		if (tokenExpiry != null && tokenExpiry.isAfter(now) && this.ended.size() < MAX_REMEMBERED) {
			this.ended.put(sessionId, tokenExpiry);
		}
	}

	private static InvalidBearerTokenException ended() {
		return new InvalidBearerTokenException("The session has ended");
	}

	/**
	 * auth-service's answer.
	 *
	 * @param sessionId the session
	 * @param userId its user
	 * @param active whether it is still active
	 */
	record SessionStatus(UUID sessionId, UUID userId, boolean active) {

		static final SessionStatus UNKNOWN = new SessionStatus(null, null, false);

	}

}
