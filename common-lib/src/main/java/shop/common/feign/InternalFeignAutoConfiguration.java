package shop.common.feign;

import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import shop.common.security.internal.InternalApiProperties;

/**
 * Gives every Feign client of the service the {@link InternalCallInterceptor} and the
 * {@link ProblemErrorDecoder}.
 */
@AutoConfiguration
@ConditionalOnClass(RequestInterceptor.class)
@EnableConfigurationProperties(InternalApiProperties.class)
public class InternalFeignAutoConfiguration {

	@Bean
	InternalCallInterceptor internalCallInterceptor(InternalApiProperties properties) {
		return new InternalCallInterceptor(properties.apiKey());
	}

	@Bean
	@ConditionalOnClass(name = { "io.github.resilience4j.circuitbreaker.CallNotPermittedException",
			"org.springframework.web.servlet.DispatcherServlet" })
	RemoteCallProblemAdvice remoteCallProblemAdvice() {
		return new RemoteCallProblemAdvice();
	}

	@Bean
	@ConditionalOnMissingBean(ErrorDecoder.class)
	ProblemErrorDecoder problemErrorDecoder() {
		return new ProblemErrorDecoder();
	}

}
