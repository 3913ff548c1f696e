package shop.realtime.connection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

import shop.realtime.RealtimeProperties;

/**
 * Maps {@code /api/ws/orders}. Any origin may connect: the connection is authorised by
 * the access token it presents, never by a cookie, so another site cannot ride on a
 * shopper's browser session. The container's buffers are twice the message limit, so an
 * oversized message reaches the handler (which closes with a policy violation) instead of
 * the container's own 1009.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

	static final String PATH = "/api/ws/orders";

	private final OrderSocketHandler handler;

	private final TokenHandshakeInterceptor interceptor;

	WebSocketConfiguration(OrderSocketHandler handler, TokenHandshakeInterceptor interceptor) {
		this.handler = handler;
		this.interceptor = interceptor;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(this.handler, PATH).addInterceptors(this.interceptor).setAllowedOriginPatterns("*");
	}

	@Bean
	ServletServerContainerFactoryBean webSocketContainer(RealtimeProperties properties) {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		int buffer = Math.max(2 * properties.maxMessageBytes(), 8192);
		container.setMaxTextMessageBufferSize(buffer);
		container.setMaxBinaryMessageBufferSize(buffer);
		container.setMaxSessionIdleTimeout(properties.idleTimeout().plus(properties.pingInterval()).toMillis());
		return container;
	}

}
