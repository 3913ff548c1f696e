package shop.common.logging;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when log-service's URL, this service's API key and a spool directory are known
 * and this service is not log-service itself.
 */
class LogShippingCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String self = environment.getProperty("spring.application.name", "");
		String logService = environment.getProperty("shop.logs.shipping.log-service-name", "log-service");
		if (self.equals(logService)) {
			return ConditionOutcome.noMatch("log-service does not ship its own events to itself");
		}
		for (String key : new String[] { "shop.logs.shipping.url", "shop.logs.shipping.api-key",
				"shop.logs.shipping.spool-directory" }) {
			if (!StringUtils.hasText(environment.getProperty(key))) {
				return ConditionOutcome.noMatch(key + " is not set");
			}
		}
		return ConditionOutcome.match("log-service's URL and this service's API key are known");
	}

}
