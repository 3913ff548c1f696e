package shop.auth.session.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import shop.auth.AuthProperties;

/**
 * The client's address for the per-address login throttle: the gateway's
 * {@code X-Client-Ip} header (it sets the header itself and drops any a client sent), or
 * the connection's address when the request did not come through the gateway.
 */
@Component
class ClientAddresses {

	private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final String header;

	ClientAddresses(AuthProperties properties) {
		this.header = properties.clientIpHeader();
	}

	String of(HttpServletRequest request) {
		String forwarded = request.getHeader(this.header);
		if (forwarded != null && ADDRESS.matcher(forwarded.trim()).matches()) {
			return forwarded.trim();
		}
		return request.getRemoteAddr();
	}

}
