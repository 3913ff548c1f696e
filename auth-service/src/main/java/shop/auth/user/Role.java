package shop.auth.user;

import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do: every account is a {@code CUSTOMER}; {@code ADMIN}s also manage
 * the shop.
 */
public enum Role {

	CUSTOMER, ADMIN;

	/**
	 * The role of that name, in any case.
	 */
	public static Optional<Role> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (Role role : values()) {
			if (role.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
