package shop.realtime;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * realtime-service: WebSocket connections of shoppers and the push of their order status
 * changes.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RealtimeApplication {

	public static void main(String[] args) {
		SpringApplication.run(RealtimeApplication.class, args);
	}

}
