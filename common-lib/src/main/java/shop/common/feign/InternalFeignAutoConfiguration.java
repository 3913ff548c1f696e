package shop.common.feign;

import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.util.TimeValue;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.clientconfig.HttpClient5FeignConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import shop.common.security.internal.InternalApiProperties;

/**
 * Gives every Feign client of the service the {@link InternalCallInterceptor} and the
 * {@link ProblemErrorDecoder}, and their HTTP client its pool settings.
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

	/**
	 * The Feign clients' connection pool (Apache HttpClient 5, which Spring Cloud
	 * OpenFeign uses when {@code feign-hc5} is present). With Feign's default client
	 * (HttpURLConnection, whose keep-alive cache is small) calls under load kept opening
	 * and closing TCP connections, and hundreds of sockets sat in TIME_WAIT. A pooled
	 * connection that has been idle is checked before it is reused, so that one whose
	 * service restarted is replaced rather than failing the next call.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "feign.hc5.ApacheHttp5Client")
	static class PooledConnectionsConfiguration {

		@Bean
		HttpClient5FeignConfiguration.HttpClientConnectionManagerBuilderCustomizer shopFeignConnectionConfig() {
			return (builder) -> builder.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setValidateAfterInactivity(TimeValue.ofSeconds(1))
				.setTimeToLive(TimeValue.ofMinutes(5))
				.build());
		}

		/**
		 * The client never repeats a request by itself (HttpClient 5 would repeat a read
		 * answered 429 or 503, and one whose connection failed): callers decide, through
		 * their circuit breakers and the saga's retries, as with Feign's default client.
		 */
		@Bean
		HttpClient5FeignConfiguration.HttpClientBuilderCustomizer shopFeignNoAutomaticRetries() {
			return HttpClientBuilder::disableAutomaticRetries;
		}

	}

}
