package shop.realtime.client;

import java.util.UUID;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * auth-service's internal API, as realtime-service uses it.
 */
@FeignClient(name = "auth-service", url = "${shop.services.auth-service}")
public interface AuthClient {

	/**
	 * A session's state; 404 (as a {@code RemoteProblemException}) for an unknown one.
	 */
	@GetMapping("/internal/sessions/{sessionId}")
	Session session(@PathVariable("sessionId") String sessionId);

	/**
	 * auth-service's answer.
	 *
	 * @param sessionId the session
	 * @param userId its user
	 * @param active whether it is still active (not logged out or revoked)
	 */
	record Session(String sessionId, UUID userId, boolean active) {

	}

	/**
	 * Turns on the Feign clients of this package.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableFeignClients(clients = AuthClient.class)
	class Clients {

	}

}
