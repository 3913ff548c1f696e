package shop.auth.user;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/**
 * An account. The email is stored encrypted and found through its blind index; the
 * personal data is a JSON document of encrypted values (see {@link PersonalDataCipher});
 * the password only as a slow salted hash. Soft-deleted accounts are invisible to every
 * read.
 */
@Entity
@Table(name = "users")
@SQLRestriction("deleted_at is null")
public class User {

	@Id
	private UUID id;

	private String emailHash;

	private String emailCipher;

	private String passwordHash;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private String pii;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] roles;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant deletedAt;

	@Version
	private long version;

	protected User() {
	}

	private User(UUID id, String emailHash, String emailCipher, String passwordHash, String pii, Set<Role> roles,
			Instant now) {
		this.id = id;
		this.emailHash = emailHash;
		this.emailCipher = emailCipher;
		this.passwordHash = passwordHash;
		this.pii = pii;
		this.roles = names(roles);
		this.createdAt = now;
		this.updatedAt = now;
	}

	static User register(UUID id, String emailHash, String emailCipher, String passwordHash, String pii,
			Set<Role> roles, Instant now) {
		if (!roles.contains(Role.CUSTOMER)) {
			throw new IllegalArgumentException("Every account is a customer");
		}
		return new User(id, emailHash, emailCipher, passwordHash, pii, roles, now);
	}

	/**
	 * Replaces the encrypted personal data (written with the active key).
	 */
	void changePersonalData(String pii, Instant now) {
		this.pii = pii;
		this.updatedAt = now;
	}

	/**
	 * Re-encrypts the email with the active key, keeping its blind index.
	 */
	void reencryptEmail(String emailCipher, Instant now) {
		this.emailCipher = emailCipher;
		this.updatedAt = now;
	}

	/**
	 * Adds a role; answers whether the account did not have it yet.
	 */
	boolean grant(Role role, Instant now) {
		Set<Role> current = roles();
		if (!current.add(role)) {
			return false;
		}
		this.roles = names(current);
		this.updatedAt = now;
		return true;
	}

	/**
	 * Removes a role; answers whether the account had it. {@code CUSTOMER} cannot be
	 * removed: every account is a customer.
	 */
	boolean revoke(Role role, Instant now) {
		if (role == Role.CUSTOMER) {
			throw new IllegalArgumentException("The CUSTOMER role cannot be revoked");
		}
		Set<Role> current = roles();
		if (!current.remove(role)) {
			return false;
		}
		this.roles = names(current);
		this.updatedAt = now;
		return true;
	}

	public UUID id() {
		return this.id;
	}

	String emailHash() {
		return this.emailHash;
	}

	String emailCipher() {
		return this.emailCipher;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	String pii() {
		return this.pii;
	}

	public Set<Role> roles() {
		Set<Role> parsed = EnumSet.noneOf(Role.class);
		Arrays.stream(this.roles).map(Role::parse).forEach((role) -> role.ifPresent(parsed::add));
		return parsed;
	}

	public boolean hasRole(Role role) {
		return roles().contains(role);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	private static String[] names(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toArray(String[]::new);
	}

}
