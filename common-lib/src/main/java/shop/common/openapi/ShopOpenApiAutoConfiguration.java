package shop.common.openapi;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import shop.common.security.jwt.CurrentUser;
import shop.common.security.jwt.ShopSecurityProperties;

/**
 * Adds the {@link ProblemOpenApiCustomizer} to every service with springdoc on its
 * classpath. Which operations need a token comes from the service's own security
 * settings: without the fleet's JWT set-up (a service that checks no tokens) every
 * operation is public. {@link CurrentUser} parameters come from the token, so they are
 * left out of the document.
 */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@ConditionalOnProperty(name = "springdoc.api-docs.enabled", matchIfMissing = true)
public class ShopOpenApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemOpenApiCustomizer problemOpenApiCustomizer(Environment environment,
			ObjectProvider<ShopSecurityProperties> security) {
		SpringDocUtils.getConfig().addAnnotationsToIgnore(CurrentUser.class);
		ShopSecurityProperties properties = security.getIfAvailable();
		ApiAccess access = (properties != null) ? new ApiAccess(true, properties.publicPaths()) : ApiAccess.open();
		return new ProblemOpenApiCustomizer(environment.getProperty("spring.application.name", "service"), access);
	}

}
