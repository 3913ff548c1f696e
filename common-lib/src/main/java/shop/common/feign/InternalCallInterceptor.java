package shop.common.feign;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.slf4j.MDC;

import shop.common.request.RequestIds;

/**
 * Gives every Feign call to another service this service's API key, the current request
 * id and, when the call is made for an end user, that user's id.
 */
public class InternalCallInterceptor implements RequestInterceptor {

	private final String apiKey;

	public InternalCallInterceptor(String apiKey) {
		this.apiKey = apiKey;
	}

	@Override
	public void apply(RequestTemplate template) {
		if (this.apiKey != null && !this.apiKey.isBlank()) {
			template.header("X-Api-Key", this.apiKey);
		}
		String requestId = MDC.get(RequestIds.MDC_REQUEST_ID);
		if (requestId != null && !template.headers().containsKey(RequestIds.HEADER)) {
			template.header(RequestIds.HEADER, requestId);
		}
		String userId = MDC.get(RequestIds.MDC_USER_ID);
		if (userId != null && !template.headers().containsKey(RequestIds.USER_HEADER)) {
			template.header(RequestIds.USER_HEADER, userId);
		}
	}

}
