package shop.common.web;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import shop.common.request.RequestIdFilter;
import shop.common.security.internal.ApiKeyFilter;
import shop.common.security.internal.InternalApiInterceptor;
import shop.common.security.internal.InternalApiProperties;

/**
 * The plumbing of every servlet service: problem details for every error, request ids in
 * the MDC, a bound on concurrent requests, and the internal API's key check and
 * per-endpoint caller rules.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties({ InternalApiProperties.class, WebLimitsProperties.class })
public class ShopWebAutoConfiguration {

	/**
	 * Runs before Spring Security's filter chain (order -100), so that internal calls are
	 * authenticated by key before any token check.
	 */
	static final int API_KEY_FILTER_ORDER = -110;

	@Bean
	@ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	ProblemErrorController problemErrorController() {
		return new ProblemErrorController();
	}

	@Bean
	@ConditionalOnClass(name = "org.springframework.dao.OptimisticLockingFailureException")
	DataAccessProblemAdvice dataAccessProblemAdvice() {
		return new DataAccessProblemAdvice();
	}

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(WebLimitsProperties limits) {
		FilterRegistrationBean<ConcurrencyLimitFilter> registration = new FilterRegistrationBean<>(
				new ConcurrencyLimitFilter(limits.maxConcurrentRequests(), limits.queueWait()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(InternalApiProperties properties) {
		FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(
				new ApiKeyFilter(properties.callers()));
		registration.setOrder(API_KEY_FILTER_ORDER);
		registration.addUrlPatterns("/internal/*");
		return registration;
	}

	@Bean
	WebMvcConfigurer internalApiWebMvcConfigurer() {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new InternalApiInterceptor()).addPathPatterns("/internal/**");
			}
		};
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
