package shop.common.feign;

import java.util.Map;

/**
 * Another service answered a call with a 4xx problem: a business outcome the caller
 * decides about (switch on {@link #code()}, for example {@code OUT_OF_STOCK}), never
 * retried as such.
 */
public class RemoteProblemException extends RuntimeException {

	private final int status;

	private final String code;

	private final Map<String, Object> problem;

	public RemoteProblemException(String methodKey, int status, String code, String detail,
			Map<String, Object> problem) {
		super(methodKey + " answered " + status + " " + code + ((detail != null) ? ": " + detail : ""));
		this.status = status;
		this.code = code;
		// a problem may carry JSON nulls, which Map.copyOf refuses
		this.problem = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problem));
	}

	public int status() {
		return this.status;
	}

	/**
	 * The problem's {@code code}, or {@code HTTP_<status>} when the body had none.
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The whole problem body, for its extension members (for example {@code available}).
	 */
	public Map<String, Object> problem() {
		return this.problem;
	}

}
