package shop.auth.user.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import shop.auth.user.Role;
import shop.common.web.FieldError;
import shop.common.web.ValidationException;

/**
 * {@code POST /api/admin/users/{userId}/roles}: roles to grant and roles to revoke, for
 * example {@code {"grant": ["ADMIN"]}}.
 */
record ChangeRolesRequest(@Schema(example = "[\"ADMIN\"]") @Size(max = 10) List<String> grant,
		@Schema(example = "[]") @Size(max = 10) List<String> revoke) {

	Set<Role> rolesToGrant() {
		return parse(this.grant);
	}

	Set<Role> rolesToRevoke() {
		return parse(this.revoke);
	}

	/**
	 * Checks that the request names at least one role and only known ones.
	 * @throws ValidationException otherwise
	 */
	void validate() {
		List<FieldError> errors = new ArrayList<>();
		collect("grant", this.grant, errors);
		collect("revoke", this.revoke, errors);
		if (errors.isEmpty() && isEmpty(this.grant) && isEmpty(this.revoke)) {
			errors.add(new FieldError("grant", "name at least one role to grant or revoke"));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	private static void collect(String field, List<String> names, List<FieldError> errors) {
		if (names == null) {
			return;
		}
		for (int i = 0; i < names.size(); i++) {
			if (Role.parse(names.get(i)).isEmpty()) {
				errors.add(new FieldError(field + "[" + i + "]", "must be one of " + List.of(Role.values())));
			}
		}
	}

	private static Set<Role> parse(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names != null) {
			names.stream().map(Role::parse).flatMap(Optional::stream).forEach(roles::add);
		}
		return roles;
	}

	private static boolean isEmpty(List<String> names) {
		return names == null || names.isEmpty();
	}

}
