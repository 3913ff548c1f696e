package shop.auth.user;

import org.junit.jupiter.api.Test;

import shop.common.web.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyTests {

	private final PasswordPolicy policy = PasswordPolicy.withBuiltInList();

	private final EmailAddress email = EmailAddress.normalise("ann@example.test");

	@Test
	void acceptsALongUncommonPassword() {
		assertThatCode(() -> this.policy.check("violet-harbour-71", this.email)).doesNotThrowAnyException();
		assertThatCode(() -> this.policy.check("ünïcødé-pässwörd", this.email)).doesNotThrowAnyException();
	}

	@Test
	void refusesPasswordsShorterThanTenCharacters() {
		assertRefused("nine-char", "at least 10");
		assertThatCode(() -> this.policy.check("ten-chars!", this.email)).doesNotThrowAnyException();
	}

	@Test
	void refusesTheAccountsEmailInAnyCase() {
		assertRefused("ann@example.test", "email");
		assertRefused(" ANN@Example.Test ", "email");
	}

	@Test
	void refusesCommonPasswordsInAnyCase() {
		assertRefused("password123", "too common");
		assertRefused("QwertyUiop", "too common");
		assertRefused("1234567890", "too common");
	}

	@Test
	void refusesWhatBcryptWouldTruncate() {
		assertRefused("a".repeat(73), "72 bytes");
		assertRefused("ä".repeat(37), "72 bytes");
	}

	private void assertRefused(String password, String reason) {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> this.policy.check(password, this.email))
			.satisfies((ex) -> {
				assertThat(ex.errors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("password");
					assertThat(error.message()).contains(reason);
				});
			});
	}

}
