package shop.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The fleet's only public door: routes {@code /api/**} to the services, checks tokens and
 * sessions, limits rates and body sizes, sets request ids, and keeps {@code /internal/**}
 * and the services' actuators out of reach.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
