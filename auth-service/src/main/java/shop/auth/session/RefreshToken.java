package shop.auth.session;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A refresh token as stored: only its hash. It can be used once; the next one is issued
 * in its place.
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

	@Id
	private String tokenHash;

	private UUID sessionId;

	private Instant issuedAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected RefreshToken() {
	}

	private RefreshToken(String tokenHash, UUID sessionId, Instant issuedAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.sessionId = sessionId;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	static RefreshToken issue(String tokenHash, UUID sessionId, Instant now, Duration ttl) {
		return new RefreshToken(tokenHash, sessionId, now, now.plus(ttl));
	}

	boolean isUsed() {
		return this.usedAt != null;
	}

	boolean isExpiredAt(Instant now) {
		return !this.expiresAt.isAfter(now);
	}

	String tokenHash() {
		return this.tokenHash;
	}

	UUID sessionId() {
		return this.sessionId;
	}

}
