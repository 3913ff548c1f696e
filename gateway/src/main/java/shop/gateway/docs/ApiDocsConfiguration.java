package shop.gateway.docs;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code /api/docs} opens Swagger UI, which springdoc serves under
 * {@code /api/docs/swagger-ui/} with one entry per service.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String HOME = "/api/docs";

	static final String UI = "/api/docs/swagger-ui/index.html";

	@Bean
	RouterFunction<ServerResponse> apiDocsHome() {
		return RouterFunctions.route(RequestPredicates.GET(HOME).or(RequestPredicates.GET(HOME + "/")),
				(request) -> ServerResponse.status(HttpStatus.FOUND).location(URI.create(UI)).build());
	}

}
