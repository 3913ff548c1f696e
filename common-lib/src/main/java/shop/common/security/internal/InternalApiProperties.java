package shop.common.security.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys of the internal API.
 *
 * @param caller this service's name when it calls others
 * @param apiKey this service's own key, sent as {@code X-Api-Key} on its calls
 * ({@code SHOP_INTERNAL_API_KEY})
 * @param callerKeys the keys this service accepts, as comma-separated
 * {@code service-name=key} pairs ({@code SHOP_INTERNAL_CALLER_KEYS})
 */
@ConfigurationProperties("shop.internal")
public record InternalApiProperties(String caller, String apiKey, String callerKeys) {

	/**
	 * The accepted keys by caller name.
	 */
	public Map<String, String> callers() {
		if (this.callerKeys == null || this.callerKeys.isBlank()) {
			return Map.of();
		}
		Map<String, String> callers = new LinkedHashMap<>();
		for (String entry : this.callerKeys.split(",")) {
			int eq = entry.indexOf('=');
			if (eq <= 0 || eq == entry.length() - 1) {
				throw new IllegalStateException(
						"shop.internal.caller-keys must be comma-separated service-name=key pairs");
			}
			callers.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
		}
		return Collections.unmodifiableMap(callers);
	}

}
