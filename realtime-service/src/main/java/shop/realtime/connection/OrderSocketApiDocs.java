package shop.realtime.connection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import shop.common.openapi.ProblemOpenApiCustomizer;

/**
 * The WebSocket in the OpenAPI document: springdoc sees only controllers, so the upgrade
 * of {@link WebSocketConfiguration#PATH} and the messages it carries are described here.
 * common-lib's customizer adds the fleet's problem responses to it like to any operation.
 */
@Configuration(proxyBeanMethods = false)
class OrderSocketApiDocs {

	static final String MESSAGE_SCHEMA = "OrderStatusMessage";

	@Bean
	OpenAPI realtimeOpenApi() {
		return new OpenAPI()
			.info(new Info().title("realtime-service API")
				.version("v1")
				.description("Pushes the status changes of a shopper's own orders over a WebSocket."))
			.addTagsItem(new Tag().name("Order status").description("Live order status over a WebSocket"))
			.components(new Components().addSchemas(MESSAGE_SCHEMA, message())
				.addSecuritySchemes(ProblemOpenApiCustomizer.BEARER_SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.paths(new Paths().addPathItem(WebSocketConfiguration.PATH, new PathItem().get(upgrade())));
	}

	private static Operation upgrade() {
		return new Operation().operationId("connectOrderStatus")
			.addTagsItem("Order status")
			.summary("Open the order-status WebSocket")
			.description("A WebSocket upgrade (ws:// or wss://, not a plain GET). The server pushes an "
					+ MESSAGE_SCHEMA + " for every status change of the caller's own orders, and nobody else's. "
					+ "A client may send {\"type\":\"PING\"}, answered {\"type\":\"PONG\"}; anything else, a binary "
					+ "frame or a message over 4 KB closes the connection with 1008, as do a sixth connection of one "
					+ "user and a session that was revoked. Quiet connections are pinged every 30 s and closed "
					+ "after 10 minutes without a frame.")
			.addParametersItem(new QueryParameter().name("access_token")
				.description("The access token, for clients that cannot set headers (browsers); "
						+ "others may send Authorization: Bearer instead")
				.schema(typed("string")))
			.addParametersItem(
					new HeaderParameter().name("Upgrade").required(true).schema(typed("string").example("websocket")))
			.addSecurityItem(new SecurityRequirement().addList(ProblemOpenApiCustomizer.BEARER_SCHEME))
			.responses(
					new ApiResponses()
						.addApiResponse("101", new ApiResponse()
							.description("Switching Protocols: the WebSocket is open; each text message is an "
									+ MESSAGE_SCHEMA)
							.content(new Content().addMediaType("application/json",
									new MediaType()
										.schema(new Schema<>().$ref("#/components/schemas/" + MESSAGE_SCHEMA)))))
						.addApiResponse("401",
								new ApiResponse()
									.description("`UNAUTHORIZED`: no access token, or one that is malformed, "
											+ "expired or of an ended session"))
						.addApiResponse("503", new ApiResponse().description(
								"`SERVICE_UNAVAILABLE`: sessions cannot be checked right now; try again shortly")));
	}

	private static Schema<Object> message() {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", "ORDER_STATUS");
		example.put("orderId", "0195f3c8-9a0b-7c1d-8e2f-3a4b5c6d7e8f");
		example.put("status", "SHIPPED");
		example.put("at", "2026-03-14T09:26:53Z");
		Schema<Object> schema = typed("object").description("A status change of one of the caller's orders")
			.addProperty("type", typed("string").example("ORDER_STATUS"))
			.addProperty("orderId", typed("string").format("uuid"))
			.addProperty("status", typed("string").description("The order's new status, as GET /api/orders shows it"))
			.addProperty("at", typed("string").format("date-time").description("When the status changed"))
			.required(List.of("type", "orderId", "status", "at"));
		schema.setExample(example);
		return schema;
	}

	// OpenAPI 3.1 documents read "types", 3.0 ones "type": set both
	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.addType(type);
		return schema;
	}

}
