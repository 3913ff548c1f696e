package shop.gateway.management;

import reactor.core.publisher.Mono;

import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.ReactiveHealthEndpointWebExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The gateway's actuator listens on the management port ({@code management.server.port},
 * {@code MANAGEMENT_SERVER_PORT}, 8180), which is published to nobody: operators and
 * Prometheus reach it inside the network, as they reach the services. The public port
 * answers only {@code /actuator/health} and its {@code liveness} and {@code readiness}
 * groups, the paths the probes, the Docker HEALTHCHECK, the fleet launcher and
 * health-service ask for: a liveness probe should go through the port that serves the
 * traffic. They come from the same health endpoint (same groups, status codes 200 or 503,
 * no details); everything else under {@code /actuator} is 404 there.
 */
@Configuration(proxyBeanMethods = false)
class PublicHealthConfiguration {

	@Bean
	RouterFunction<ServerResponse> publicHealthRoutes(ReactiveHealthEndpointWebExtension health) {
		return RouterFunctions.route()
			.GET("/actuator/health",
					(request) -> answer(
							health.health(ApiVersion.LATEST, WebServerNamespace.SERVER, SecurityContext.NONE)))
			.GET("/actuator/health/{group:liveness|readiness}",
					(request) -> answer(health.health(ApiVersion.LATEST, WebServerNamespace.SERVER,
							SecurityContext.NONE, request.pathVariable("group"))))
			.build();
	}

	private static Mono<ServerResponse> answer(Mono<WebEndpointResponse<? extends HealthDescriptor>> health) {
		return health.flatMap((response) -> {
			ServerResponse.BodyBuilder status = ServerResponse.status(response.getStatus());
			return (response.getBody() != null)
					? status.contentType(MediaType.APPLICATION_JSON).bodyValue(response.getBody()) : status.build();
		});
	}

}
