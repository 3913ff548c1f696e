package shop.gateway.security;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/**
 * The client's IP address: the connection's, or, behind {@code trustedProxyHops} proxies
 * that each append to {@code X-Forwarded-For}, the entry the outermost trusted proxy
 * appended (entries further left were written by the client and prove nothing). Only IP
 * literals are taken, so a forged header cannot make the gateway resolve host names.
 */
public class ClientAddresses {

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final int trustedProxyHops;

	public ClientAddresses(int trustedProxyHops) {
		this.trustedProxyHops = trustedProxyHops;
	}

	public String of(ServerWebExchange exchange) {
		if (this.trustedProxyHops > 0) {
			List<String> forwarded = forwardedFor(exchange);
			if (!forwarded.isEmpty()) {
				String candidate = forwarded.get(Math.max(0, forwarded.size() - this.trustedProxyHops));
				if (IP_LITERAL.matcher(candidate).matches()) {
					return candidate;
				}
			}
		}
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

	private static List<String> forwardedFor(ServerWebExchange exchange) {
		List<String> values = new ArrayList<>();
		List<String> headers = exchange.getRequest().getHeaders().get("X-Forwarded-For");
		if (headers != null) {
			for (String header : headers) {
				for (String value : header.split(",")) {
					if (!value.isBlank()) {
						values.add(value.trim());
					}
				}
			}
		}
		return values;
	}

}
