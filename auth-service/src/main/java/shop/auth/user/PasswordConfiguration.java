package shop.auth.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import shop.auth.AuthProperties;

/**
 * Password hashing (BCrypt, salted, cost from {@code shop.auth.password-hash-strength})
 * and the password policy.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder(AuthProperties properties) {
		return new BCryptPasswordEncoder(properties.passwordHashStrength());
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return PasswordPolicy.withBuiltInList();
	}

}
