package shop.auth.user;

import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import shop.auth.AuthProperties;
import shop.common.web.ValidationException;

/**
 * Creates the first admin from {@code SHOP_ADMIN_EMAIL} and {@code SHOP_ADMIN_PASSWORD}
 * at start-up, or makes an existing account with that email an admin; repeating it
 * changes nothing. A configured password that fails the policy stops the start.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserService users;

	private final AuthProperties properties;

	AdminBootstrap(UserService users, AuthProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuthProperties.Admin admin = this.properties.admin();
		if (!admin.configured()) {
			log.info("No first admin configured (SHOP_ADMIN_EMAIL, SHOP_ADMIN_PASSWORD)");
			return;
		}
		try {
			boolean created = this.users.ensureAdmin(admin.email(), admin.password(), admin.name());
			log.info(created ? "Created the configured first admin" : "The configured first admin exists");
		}
		catch (ValidationException ex) {
			String problems = ex.errors()
				.stream()
				.map((error) -> "SHOP_ADMIN_" + error.field().toUpperCase(Locale.ROOT) + " " + error.message())
				.collect(Collectors.joining("; "));
			throw new IllegalStateException("The configured first admin is not acceptable: " + problems, ex);
		}
	}

}
