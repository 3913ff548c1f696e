package shop.orders.client;

import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * auth-service: the customer and their saved addresses, read at checkout.
 */
@FeignClient(name = "auth-service", url = "${shop.services.auth-service}")
public interface AuthClient {

	@GetMapping("/internal/users/{userId}")
	User user(@PathVariable("userId") UUID userId);

	/**
	 * One of the user's addresses; 404 when it is not theirs.
	 */
	@GetMapping("/internal/users/{userId}/addresses/{addressId}")
	Address address(@PathVariable("userId") UUID userId, @PathVariable("addressId") UUID addressId);

	record User(UUID userId, String email, String name) {

	}

	record Address(UUID addressId, String label, String name, String line1, String line2, String city, String region,
			String postalCode, String country) {

	}

}
