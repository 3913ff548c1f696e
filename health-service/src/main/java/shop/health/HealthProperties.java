package shop.health;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of health-service, under {@code shop.health}.
 *
 * @param timeout the time limit of each check
 * @param cacheFor how long one result answers every health request
 * @param critical services whose failure makes the fleet {@code DOWN}
 * @param nonCritical services whose failure makes it {@code DEGRADED}
 * @param databaseServices services whose health reports the database, asked when
 * health-service has no database login of its own
 * @param database a database login for a direct {@code select 1}; empty to ask the
 * services instead
 * @param redisUrl the cache ({@code SHOP_REDIS_URL}); empty when services cache in
 * process
 */
@ConfigurationProperties("shop.health")
public record HealthProperties(@DefaultValue("2s") Duration timeout, @DefaultValue("5s") Duration cacheFor,
		@DefaultValue List<String> critical, @DefaultValue List<String> nonCritical,
		@DefaultValue List<String> databaseServices, @DefaultValue Database database, String redisUrl) {

	/**
	 * A database login.
	 *
	 * @param url the JDBC URL
	 * @param username the login
	 * @param password its password
	 */
	public record Database(String url, String username, String password) {

	}

}
