package shop.auth.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One login of one user. Every access and refresh token belongs to a session; ending the
 * session (a soft delete: {@code deleted_at} and the reason are set, the row stays)
 * invalidates all of them at once, access tokens included, because the gateway checks the
 * session on every request.
 */
@Entity
@Table(name = "sessions")
public class Session {

	@Id
	private UUID id;

	private UUID userId;

	private Instant createdAt;

	private Instant refreshedAt;

	private Instant deletedAt;

	@Enumerated(EnumType.STRING)
	private SessionEnd endReason;

	protected Session() {
	}

	private Session(UUID id, UUID userId, Instant now) {
		this.id = id;
		this.userId = userId;
		this.createdAt = now;
		this.refreshedAt = now;
	}

	static Session open(UUID id, UUID userId, Instant now) {
		return new Session(id, userId, now);
	}

	/**
	 * Records a refresh.
	 * @throws IllegalStateException when the session has ended
	 */
	void refreshed(Instant now) {
		if (!isActive()) {
			throw new IllegalStateException("Session " + this.id + " has ended");
		}
		this.refreshedAt = now;
	}

	/**
	 * Ends the session; answers whether it was active until now (ending twice keeps the
	 * first reason).
	 */
	boolean end(SessionEnd reason, Instant now) {
		if (!isActive()) {
			return false;
		}
		this.deletedAt = now;
		this.endReason = reason;
		return true;
	}

	public boolean isActive() {
		return this.deletedAt == null;
	}

	public boolean belongsTo(UUID userId) {
		return this.userId.equals(userId);
	}

	public UUID id() {
		return this.id;
	}

	public UUID userId() {
		return this.userId;
	}

	public SessionEnd endReason() {
		return this.endReason;
	}

}
