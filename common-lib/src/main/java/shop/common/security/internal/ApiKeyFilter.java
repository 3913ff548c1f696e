package shop.common.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import shop.common.request.RequestIds;
import shop.common.web.ProblemTypes;
import shop.common.web.Problems;

/**
 * Authenticates calls to {@code /internal/**} by their {@code X-Api-Key}: a missing or
 * unknown key is answered 401 before anything else runs. The caller's name is left in a
 * request attribute for {@link InternalApiInterceptor}, which decides whether that caller
 * may use the endpoint. Keys are compared as SHA-256 digests in constant time, against
 * every known key, so timing reveals neither a key nor which caller matched.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

	/**
	 * Request attribute holding the authenticated caller's name.
	 */
	public static final String CALLER_ATTRIBUTE = ApiKeyFilter.class.getName() + ".caller";

	public static final String HEADER = "X-Api-Key";

	private final Map<String, byte[]> digests = new LinkedHashMap<>();

	public ApiKeyFilter(Map<String, String> callerKeys) {
		callerKeys.forEach((caller, key) -> this.digests.put(caller, sha256(key)));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/internal/") && !path.equals("/internal");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HEADER);
		if (presented == null || presented.isBlank()) {
			reject(response, "The internal API requires an X-Api-Key header");
			return;
		}
		String caller = match(presented);
		if (caller == null) {
			reject(response, "The X-Api-Key is not valid");
			return;
		}
		request.setAttribute(CALLER_ATTRIBUTE, caller);
		String userId = request.getHeader(RequestIds.USER_HEADER);
		if (userId != null && userId.length() <= 64) {
			MDC.put(RequestIds.MDC_USER_ID, userId);
		}
		chain.doFilter(request, response);
	}

	private String match(String presented) {
		byte[] digest = sha256(presented);
		String matched = null;
		for (Map.Entry<String, byte[]> entry : this.digests.entrySet()) {
			if (MessageDigest.isEqual(digest, entry.getValue())) {
				matched = entry.getKey();
			}
		}
		return matched;
	}

	private static void reject(HttpServletResponse response, String detail) throws IOException {
		response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
		Problems.write(response,
				Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail));
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
