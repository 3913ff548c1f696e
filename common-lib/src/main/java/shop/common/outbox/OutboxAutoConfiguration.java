package shop.common.outbox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;

import javax.sql.DataSource;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The transactional outbox, for every service that declares at least one
 * {@link OutboxSender} (unless {@code shop.outbox.enabled=false}): the {@link Outbox} its
 * changes append to, the {@link OutboxStore} over its {@code shop.outbox.table}, and the
 * scheduled {@link OutboxRelay}. Metrics: {@code shop.outbox.delivered},
 * {@code shop.outbox.failed} and {@code shop.outbox.pending}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration" })
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean(OutboxSender.class)
@ConditionalOnProperty(prefix = "shop.outbox", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class OutboxAutoConfiguration {

	@Bean
	OutboxStore outboxStore(DataSource dataSource, OutboxProperties properties) {
		return new OutboxStore(JdbcClient.create(dataSource), properties.table());
	}

	@Bean
	OutboxRelay outboxRelay(OutboxStore store, List<OutboxSender<?>> senders,
			PlatformTransactionManager transactionManager, ObjectProvider<JsonMapper> json, ObjectProvider<Clock> clock,
			OutboxProperties properties, @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
		// deleting what was delivered right after commit needs another thread; without
		// Boot's task executor a virtual thread does
		Executor cleanup = executor.getIfAvailable(() -> (task) -> Thread.ofVirtual().start(task));
		return new OutboxRelay(store, senders, transactionManager, json.getIfAvailable(JsonMapper::new),
				clock.getIfAvailable(Clock::systemUTC), properties, cleanup);
	}

	@Bean
	Outbox outbox(OutboxStore store, OutboxRelay relay, ObjectProvider<JsonMapper> json, ObjectProvider<Clock> clock,
			OutboxProperties properties) {
		return new Outbox(store, relay, json.getIfAvailable(JsonMapper::new), clock.getIfAvailable(Clock::systemUTC),
				properties.deliverAfterCommit());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class OutboxMetricsConfiguration {

		@Bean
		MeterBinder outboxMetrics(OutboxRelay relay) {
			return (registry) -> {
				FunctionCounter.builder("shop.outbox.delivered", relay, OutboxRelay::deliveredMessages)
					.description("Outbox messages delivered to their receivers")
					.register(registry);
				FunctionCounter.builder("shop.outbox.failed", relay, OutboxRelay::failedDeliveries)
					.description("Failed delivery attempts of outbox messages, each retried later")
					.register(registry);
				Gauge.builder("shop.outbox.pending", relay, OutboxRelay::pendingMessages)
					.description("Outbox messages waiting for delivery when the relay last ran")
					.register(registry);
			};
		}

	}

}
