package shop.common.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context's data source at the {@link SharedPostgres} server. The
 * service's own Flyway migrations then create its schema and tables, exactly as in
 * production.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		SharedPostgres.Connection postgres = SharedPostgres.get();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("sharedPostgres",
					Map.of("spring.datasource.url", postgres.jdbcUrl(), "spring.datasource.username",
							postgres.username(), "spring.datasource.password", postgres.password())));
	}

}
