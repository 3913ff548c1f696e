package shop.common.feign;

import feign.RequestInterceptor;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import shop.common.security.internal.InternalApiProperties;

/**
 * Registers {@link InternalCallInterceptor} for every Feign client of the service.
 */
@AutoConfiguration
@ConditionalOnClass(RequestInterceptor.class)
@EnableConfigurationProperties(InternalApiProperties.class)
public class InternalFeignAutoConfiguration {

	@Bean
	InternalCallInterceptor internalCallInterceptor(InternalApiProperties properties) {
		return new InternalCallInterceptor(properties.apiKey());
	}

}
