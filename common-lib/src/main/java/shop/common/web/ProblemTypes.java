package shop.common.web;

import java.net.URI;
import java.util.Locale;

/**
 * Stable problem {@code type} URIs. A problem's type is derived from its code, so that
 * {@code OUT_OF_STOCK} is always
 * {@code https://wholesale-shop.dev/problems/out-of-stock}: clients may switch on either.
 */
public final class ProblemTypes {

	public static final String BASE = "https://wholesale-shop.dev/problems/";

	public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

	public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

	public static final String NOT_FOUND = "NOT_FOUND";

	public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

	public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

	public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";

	public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

	public static final String UNAUTHORIZED = "UNAUTHORIZED";

	public static final String FORBIDDEN = "FORBIDDEN";

	public static final String CONFLICT = "CONFLICT";

	public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

	public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

	public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	private ProblemTypes() {
	}

	public static URI of(String code) {
		return URI.create(BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/**
	 * The generic code for an HTTP status, for problems that have no more specific one.
	 */
	public static String codeFor(int status) {
		return switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> CONFLICT;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 422 -> "UNPROCESSABLE";
			case 429 -> TOO_MANY_REQUESTS;
			case 503 -> SERVICE_UNAVAILABLE;
			default -> (status >= 500) ? INTERNAL_ERROR : MALFORMED_REQUEST;
		};
	}

}
