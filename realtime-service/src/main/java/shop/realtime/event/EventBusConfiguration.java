package shop.realtime.event;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import shop.realtime.RealtimeProperties;

/**
 * PostgreSQL LISTEN/NOTIFY when a database login is configured ({@code SHOP_DB_URL}),
 * in-process delivery (one instance only) otherwise, said at start-up.
 */
@Configuration(proxyBeanMethods = false)
class EventBusConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EventBusConfiguration.class);

	@Bean(destroyMethod = "close")
	OrderEventBus orderEventBus(RealtimeProperties properties) {
		RealtimeProperties.Fanout fanout = properties.fanout();
		if (StringUtils.hasText(fanout.url())) {
			log.info("Order events fan out to every realtime instance through PostgreSQL channel '{}'",
					fanout.channel());
			return new PostgresOrderEventBus(fanout);
		}
		log.warn("No database configured (SHOP_DB_URL): order events are delivered in this process only; "
				+ "run a single realtime-service instance or configure the database for the fan-out");
		return new InProcessOrderEventBus();
	}

}
