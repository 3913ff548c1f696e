package shop.paypal.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shop.paypal.SimulatorProperties;
import shop.paypal.api.DebugIds;
import shop.paypal.api.PayPalError;
import shop.paypal.faults.FaultMode;
import shop.paypal.faults.Faults;
import shop.paypal.faults.Operation;

/**
 * {@code POST /v1/oauth2/token}: the client-credentials grant with HTTP Basic client
 * authentication, answered like PayPal.
 */
@RestController
class TokenController {

	private final AccessTokens tokens;

	private final SimulatorProperties properties;

	private final Faults faults;

	TokenController(AccessTokens tokens, SimulatorProperties properties, Faults faults) {
		this.tokens = tokens;
		this.properties = properties;
		this.faults = faults;
	}

	@PostMapping(path = "/v1/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<?> token(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestParam(name = "grant_type", required = false) String grantType) {
		if (this.faults.take(Operation.TOKEN).map((fault) -> fault.mode() == FaultMode.ERROR_500).orElse(false)) {
			throw PayPalError.internal();
		}
		if (!authenticated(authorization)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header("Paypal-Debug-Id", DebugIds.debugId())
				.body(new OAuthError("invalid_client", "Client Authentication failed"));
		}
		if (!"client_credentials".equals(grantType)) {
			return ResponseEntity.badRequest()
				.header("Paypal-Debug-Id", DebugIds.debugId())
				.body(new OAuthError("unsupported_grant_type", "Grant Type is NULL or not supported"));
		}
		return ResponseEntity.ok(new Token("https://uri.paypal.com/services/payments/payment", this.tokens.issue(),
				"Bearer", "APP-80W284485P519543T", this.properties.tokenTtl().toSeconds(),
				java.time.Instant.now() + DebugIds.resourceId(12)));
	}

	private boolean authenticated(String authorization) {
		if (authorization == null || !authorization.startsWith("Basic ")) {
			return false;
		}
		String expected = this.properties.clientId() + ":" + this.properties.clientSecret();
		byte[] presented;
		try {
			presented = Base64.getDecoder().decode(authorization.substring("Basic ".length()).trim());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(presented, expected.getBytes(StandardCharsets.UTF_8));
	}

	record Token(String scope, String accessToken, String tokenType, String appId, long expiresIn, String nonce) {
	}

	record OAuthError(String error, String errorDescription) {
	}

}
