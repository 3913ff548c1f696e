package shop.cart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * cart-service: One active cart per user, with prices locked and stock reserved when
 * items are added.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CartApplication {

	public static void main(String[] args) {
		SpringApplication.run(CartApplication.class, args);
	}

}
