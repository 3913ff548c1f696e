package shop.auth.token;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rotates the signing key when it is old enough and drops retired keys whose tokens have
 * all expired; checks at start-up and then every
 * {@code shop.auth.signing-key-check-interval}.
 */
@Component
class SigningKeyRotation {

	private final SigningKeys keys;

	SigningKeyRotation(SigningKeys keys) {
		this.keys = keys;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${shop.auth.signing-key-check-interval:1h}")
	void rotateIfDue() {
		this.keys.rotateIfDue();
	}

}
