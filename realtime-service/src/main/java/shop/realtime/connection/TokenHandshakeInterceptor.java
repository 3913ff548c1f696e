package shop.realtime.connection;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

import shop.common.security.jwt.ShopJwt;
import shop.common.web.ProblemTypes;
import shop.common.web.Problems;

/**
 * Authenticates the WebSocket upgrade: the access token comes from the
 * {@code access_token} query parameter (browsers cannot set headers on a WebSocket) or
 * the {@code Authorization} header, is checked against auth-service's JWKS with the
 * fleet's rules, and its session must still be active at auth-service. Otherwise the
 * upgrade is refused with 401 (503 when auth-service cannot tell).
 */
@Component
class TokenHandshakeInterceptor implements HandshakeInterceptor {

	static final String USER_ATTRIBUTE = "shop.realtime.userId";

	static final String SESSION_ATTRIBUTE = "shop.realtime.sessionId";

	private final JwtDecoder decoder;

	private final SessionCheck sessions;

	TokenHandshakeInterceptor(JwtDecoder decoder, SessionCheck sessions) {
		this.decoder = decoder;
		this.sessions = sessions;
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) throws IOException {
		String token = token(request);
		if (token == null) {
			return refuse(response, HttpStatus.UNAUTHORIZED, "The WebSocket needs an access token");
		}
		Jwt jwt;
		UUID userId;
		try {
			jwt = this.decoder.decode(token);
			userId = UUID.fromString(jwt.getSubject());
		}
		catch (JwtException | IllegalArgumentException ex) {
			return refuse(response, HttpStatus.UNAUTHORIZED, "The access token is malformed, expired or not valid");
		}
		String sessionId = jwt.getClaimAsString(ShopJwt.SESSION_CLAIM);
		switch (this.sessions.check(sessionId, userId)) {
			case REVOKED -> {
				return refuse(response, HttpStatus.UNAUTHORIZED, "The session of the access token has ended");
			}
			case UNKNOWN -> {
				return refuse(response, HttpStatus.SERVICE_UNAVAILABLE,
						"Sessions cannot be checked right now; try again shortly");
			}
			case ACTIVE -> {
				attributes.put(USER_ATTRIBUTE, userId);
				attributes.put(SESSION_ATTRIBUTE, sessionId);
				return true;
			}
		}
		return false;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Exception exception) {
	}

	private static String token(ServerHttpRequest request) {
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).trim();
		}
		String query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("access_token");
		return (query != null && !query.isBlank()) ? query : null;
	}

	private static boolean refuse(ServerHttpResponse response, HttpStatus status, String detail) throws IOException {
		String code = (status == HttpStatus.UNAUTHORIZED) ? ProblemTypes.UNAUTHORIZED
				: ProblemTypes.SERVICE_UNAVAILABLE;
		if (response instanceof ServletServerHttpResponse servlet) {
			HttpServletResponse raw = servlet.getServletResponse();
			if (status == HttpStatus.UNAUTHORIZED) {
				raw.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			}
			Problems.write(raw, Problems.of(status, code, status.getReasonPhrase(), detail));
		}
		else {
			response.setStatusCode(status);
		}
		return false;
	}

}
