package shop.common.logging;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Ships the service's log events to log-service when
 * {@code shop.logs.shipping.enabled=true} ({@code SHOP_LOG_SHIPPING_ENABLED}) and both
 * log-service's URL and this service's API key are known. log-service itself never ships
 * (its own events would come back to it in a loop). The count of dropped events is the
 * metric {@code shop.logs.shipping.dropped}.
 */
@AutoConfiguration
@ConditionalOnClass(LoggerContext.class)
@ConditionalOnProperty(prefix = "shop.logs.shipping", name = "enabled", havingValue = "true")
@Conditional(LogShippingCondition.class)
@EnableConfigurationProperties(LogShippingProperties.class)
public class LogShippingAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LogShippingAutoConfiguration.class);

	@Bean
	LogShipping logShipping(LogShippingProperties properties, Environment environment) {
		String service = environment.getProperty("spring.application.name", "application");
		LogShippingAppender appender = new LogShippingAppender(service, properties);
		log.info("Shipping log events of {} to {} (spool {})", service, properties.url(), properties.spoolDirectory());
		return new LogShipping(appender);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class LogShippingMetricsConfiguration {

		@Bean
		MeterBinder logShippingMetrics(LogShipping shipping) {
			LogShippingAppender appender = shipping.appender();
			return (registry) -> {
				FunctionCounter.builder("shop.logs.shipping.dropped", appender, LogShippingAppender::droppedEvents)
					.description("Log events dropped because the buffer or the spool was full")
					.register(registry);
				FunctionCounter.builder("shop.logs.shipping.delivered", appender, LogShippingAppender::deliveredEvents)
					.description("Log events accepted by log-service")
					.register(registry);
				Gauge.builder("shop.logs.shipping.buffered", appender, LogShippingAppender::bufferedEvents)
					.description("Log events waiting in memory")
					.register(registry);
				Gauge.builder("shop.logs.shipping.spooled", appender, LogShippingAppender::spooledBytes)
					.description("Bytes of log batches waiting on disk")
					.baseUnit("bytes")
					.register(registry);
			};
		}

	}

}
