package shop.gateway;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the gateway, under {@code shop.gateway}.
 *
 * @param maxBodySize the largest request body accepted (413 above it)
 * @param corsAllowedOrigins origins allowed to call the API from a browser
 */
@ConfigurationProperties("shop.gateway")
public record GatewayProperties(@DefaultValue("1MB") DataSize maxBodySize,
		@DefaultValue("http://localhost:3000") List<String> corsAllowedOrigins) {

}
