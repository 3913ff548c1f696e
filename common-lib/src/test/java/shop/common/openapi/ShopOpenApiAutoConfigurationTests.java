package shop.common.openapi;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import shop.common.security.jwt.ShopSecurityProperties;

import static org.assertj.core.api.Assertions.assertThat;

class ShopOpenApiAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ShopOpenApiAutoConfiguration.class))
		.withPropertyValues("spring.application.name=thing-service");

	@Test
	void customizesTheDocumentWhereSpringdocIsPresent() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ProblemOpenApiCustomizer.class));
	}

	@Test
	void staysOutOfServicesWithoutSpringdoc() {
		this.runner.withClassLoader(new FilteredClassLoader(GlobalOpenApiCustomizer.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemOpenApiCustomizer.class));
	}

	@Test
	void staysOutWhenTheDocumentIsSwitchedOff() {
		this.runner.withPropertyValues("springdoc.api-docs.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemOpenApiCustomizer.class));
	}

	@Test
	void takesThePublicPathsFromTheServicesSecurity() {
		this.runner.withUserConfiguration(Security.class)
			.withPropertyValues("shop.security.public-paths=GET /api/products/**")
			.run((context) -> {
				OpenAPI openApi = document();
				context.getBean(ProblemOpenApiCustomizer.class).customise(openApi);
				assertThat(openApi.getPaths().get("/api/products").getGet().getSecurity()).isNull();
				assertThat(openApi.getPaths().get("/api/cart").getGet().getSecurity()).hasSize(1);
				assertThat(openApi.getInfo().getTitle()).isEqualTo("thing-service API");
			});
	}

	@Test
	void treatsEveryOperationAsPublicWithoutTheFleetsTokenChecks() {
		this.runner.run((context) -> {
			OpenAPI openApi = document();
			context.getBean(ProblemOpenApiCustomizer.class).customise(openApi);
			assertThat(openApi.getPaths().get("/api/cart").getGet().getSecurity()).isNull();
		});
	}

	private static OpenAPI document() {
		Paths paths = new Paths();
		for (String path : List.of("/api/products", "/api/cart")) {
			paths.addPathItem(path, new PathItem().get(new Operation().responses(new ApiResponses())));
		}
		return new OpenAPI().paths(paths);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ShopSecurityProperties.class)
	static class Security {

	}

}
