package shop.common.logging;

import java.nio.file.Path;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LogShippingAutoConfigurationTests {

	@TempDir
	Path spool;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LogShippingAutoConfiguration.class));

	@Test
	void shipsNothingUnlessEnabled() {
		this.runner.withPropertyValues(known()).run((context) -> {
			assertThat(context).doesNotHaveBean(LogShipping.class);
			assertThat(rootAppender()).isNull();
		});
	}

	@Test
	void attachesTheAppenderToTheRootLoggerWhileRunningAndCountsDroppedEvents() {
		this.runner.withPropertyValues(known()).withPropertyValues("shop.logs.shipping.enabled=true").run((context) -> {
			assertThat(context).hasSingleBean(LogShipping.class);
			assertThat(rootAppender()).isSameAs(context.getBean(LogShipping.class).appender());
			SimpleMeterRegistry registry = new SimpleMeterRegistry();
			context.getBean(MeterBinder.class).bindTo(registry);
			assertThat(registry.get("shop.logs.shipping.dropped").functionCounter().count()).isZero();
		});
		assertThat(rootAppender()).isNull();
	}

	@Test
	void neverShipsTheEventsOfLogServiceToItself() {
		this.runner.withPropertyValues(known())
			.withPropertyValues("shop.logs.shipping.enabled=true", "spring.application.name=log-service")
			.run((context) -> assertThat(context).doesNotHaveBean(LogShipping.class));
	}

	@Test
	void shipsNothingWithoutAnApiKey() {
		this.runner.withPropertyValues(known())
			.withPropertyValues("shop.logs.shipping.enabled=true", "shop.logs.shipping.api-key=")
			.run((context) -> assertThat(context).doesNotHaveBean(LogShipping.class));
	}

	private String[] known() {
		return new String[] { "spring.application.name=orders-service", "shop.logs.shipping.url=http://127.0.0.1:9",
				"shop.logs.shipping.api-key=key", "shop.logs.shipping.spool-directory=" + this.spool };
	}

	private static Object rootAppender() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		return context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("SHOP_LOG_SHIPPING");
	}

}
