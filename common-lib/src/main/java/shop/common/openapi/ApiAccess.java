package shop.common.openapi;

import java.util.List;

import io.swagger.v3.oas.models.PathItem;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which operations of a service need an access token, read from the same settings its
 * security uses: with security on, everything but the public paths does, and
 * {@code /api/admin/**} also needs the {@code ADMIN} role.
 *
 * @param secured whether the service checks access tokens at all
 * @param publicPaths the paths that need no token, as {@code "/path/**"} or
 * {@code "GET /path/**"} ({@code shop.security.public-paths})
 */
public record ApiAccess(boolean secured, List<String> publicPaths) {

	private static final String ADMIN_PREFIX = "/api/admin/";

	public ApiAccess {
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
	}

	/**
	 * A service without token checks: every operation is public.
	 */
	public static ApiAccess open() {
		return new ApiAccess(false, List.of());
	}

	/**
	 * Whether an operation needs an access token.
	 * @param method the operation's method
	 * @param path the path as the document has it, with {@code {variables}}
	 */
	public boolean needsToken(PathItem.HttpMethod method, String path) {
		return this.secured && this.publicPaths.stream().noneMatch((rule) -> matches(rule, method, path));
	}

	/**
	 * Whether an operation is reserved to admins.
	 */
	public boolean needsAdmin(PathItem.HttpMethod method, String path) {
		return needsToken(method, path) && (path + "/").startsWith(ADMIN_PREFIX);
	}

	private static boolean matches(String rule, PathItem.HttpMethod method, String path) {
		String[] parts = rule.trim().split("\\s+", 2);
		if (parts.length == 2 && !parts[0].equalsIgnoreCase(method.name())) {
			return false;
		}
		PathPattern pattern = PathPatternParser.defaultInstance.parse(parts[parts.length - 1]);
		return pattern.matches(PathContainer.parsePath(path));
	}

}
