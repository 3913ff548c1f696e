package shop.rating.client;

import feign.Retryer;

import org.springframework.context.annotation.Bean;

/**
 * For clients whose calls only read: a call that could not reach the other service
 * (refused connection, timeout) is repeated twice with a short backoff. Business answers
 * and 5xx are never repeated here.
 */
class IdempotentCallConfiguration {

	@Bean
	Retryer retryer() {
		return new Retryer.Default(100, 500, 3);
	}

}
