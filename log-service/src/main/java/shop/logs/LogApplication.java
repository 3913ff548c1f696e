package shop.logs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * log-service: Log events of every service, stored as objects of at most 100 events, and
 * their search.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LogApplication {

	public static void main(String[] args) {
		SpringApplication.run(LogApplication.class, args);
	}

}
