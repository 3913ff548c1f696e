package shop.auth.token;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Ignores the {@code Authorization} header on public paths: a client that refreshes
 * because its access token expired, and still sends that token, must not be answered 401
 * by the very endpoint that renews it. Everywhere else the header is read as usual.
 */
class PublicPathsBearerTokenResolver implements BearerTokenResolver {

	private final BearerTokenResolver delegate = new DefaultBearerTokenResolver();

	private final List<RequestMatcher> publicPaths;

	PublicPathsBearerTokenResolver(List<String> publicPaths) {
		this.publicPaths = publicPaths.stream().map(PublicPathsBearerTokenResolver::matcher).toList();
	}

	@Override
	public String resolve(HttpServletRequest request) {
		for (RequestMatcher matcher : this.publicPaths) {
			if (matcher.matches(request)) {
				return null;
			}
		}
		return this.delegate.resolve(request);
	}

	private static RequestMatcher matcher(String path) {
		String[] parts = path.trim().split("\\s+", 2);
		return (parts.length == 2)
				? PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.valueOf(parts[0]), parts[1])
				: PathPatternRequestMatcher.withDefaults().matcher(parts[0]);
	}

}
