package shop.common.request;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names and rules of the request context that travels with every call: the request id
 * (set by the gateway, or by the first service that sees a request without one), the
 * trace id and the end user's id.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	public static final String USER_HEADER = "X-User-Id";

	public static final String MDC_REQUEST_ID = "requestId";

	public static final String MDC_TRACE_ID = "traceId";

	public static final String MDC_USER_ID = "userId";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private RequestIds() {
	}

	/**
	 * The incoming id when it is well-formed, otherwise a new one: a client cannot inject
	 * log lines or oversized values through the header.
	 */
	public static String acceptOrCreate(String incoming) {
		return (incoming != null && VALID.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
	}

}
