package shop.auth.token.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.auth.token.SigningKeys;

/**
 * The JSON Web Key Set of every key that may have signed a still-valid access token, each
 * with its {@code kid}. Verifiers may cache it briefly: a token with a {@code kid} they
 * do not know makes them fetch it again.
 */
@RestController
class JwksController {

	private final SigningKeys keys;

	JwksController(SigningKeys keys) {
		this.keys = keys;
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
			.body(this.keys.jwksDocument());
	}

}
