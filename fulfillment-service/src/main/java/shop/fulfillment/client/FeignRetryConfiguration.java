package shop.fulfillment.client;

import feign.Retryer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Retries a call that could not connect or timed out, twice with a short backoff: every
 * call pricing makes (lookups, idempotent read-model pushes) is safe to repeat.
 */
@Configuration(proxyBeanMethods = false)
class FeignRetryConfiguration {

	@Bean
	Retryer feignRetryer() {
		return new Retryer.Default(100, 500, 3);
	}

}
