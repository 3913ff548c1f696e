package shop.auth.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import shop.common.web.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmailAddressTests {

	@Test
	void trimsAndLowerCases() {
		assertThat(EmailAddress.parse("  Ann.Lee+shop@Example.COM ").value()).isEqualTo("ann.lee+shop@example.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "a@b", "a b@example.com", "a@@example.com", "a@example..com", "@example.com",
			"a@-example.com", "a@exa mple.com" })
	void refusesWhatIsNotAnAddress(String raw) {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> EmailAddress.parse(raw));
	}

	@Test
	void refusesAddressesLongerThanSmtpAllows() {
		String local = "a".repeat(64);
		String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(10) + ".com";
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> EmailAddress.parse(local + "@" + domain));
	}

}
