package shop.auth.user;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import shop.auth.AuthProperties;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class AdminBootstrapTests {

	private final UserRepository repository = mock(UserRepository.class);

	private final UserService users = new UserService(this.repository, mock(PersonalDataCipher.class),
			new BCryptPasswordEncoder(4), PasswordPolicy.withBuiltInList(), mock(ApplicationEventPublisher.class),
			Clock.systemUTC());

	@Test
	void refusesToStartWithAWeakAdminPasswordNamingTheVariable() {
		AdminBootstrap bootstrap = new AdminBootstrap(this.users, properties("admin@shop.test", "too-short"));
		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
			.withMessageContaining("SHOP_ADMIN_PASSWORD must be at least 10 characters long");
		verifyNoInteractions(this.repository);
	}

	@Test
	void refusesToStartWithAMalformedAdminEmail() {
		AdminBootstrap bootstrap = new AdminBootstrap(this.users, properties("admin", "long-enough-password"));
		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
			.withMessageContaining("SHOP_ADMIN_EMAIL must be a valid email address");
	}

	private static AuthProperties properties(String email, String password) {
		return new AuthProperties(Duration.ofMinutes(15), Duration.ofDays(7), 4, Duration.ofDays(30),
				Duration.ofMinutes(1), "X-Client-Ip", new AuthProperties.LoginThrottle(5, 20, Duration.ofMinutes(15)),
				new AuthProperties.Admin(email, password, "Administrator"));
	}

}
