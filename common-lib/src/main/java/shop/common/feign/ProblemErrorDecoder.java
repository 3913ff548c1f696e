package shop.common.feign;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import feign.Response;
import feign.codec.ErrorDecoder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns another service's error answers into exceptions a caller can reason about: 4xx
 * problems into {@link RemoteProblemException} with their {@code code}, 5xx into
 * {@link RemoteServiceUnavailableException}. Timeouts and refused connections reach the
 * caller as Feign's {@code RetryableException}; {@link RemoteCalls#isTransient} tells
 * which failures are worth retrying.
 */
public class ProblemErrorDecoder implements ErrorDecoder {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Override
	public Exception decode(String methodKey, Response response) {
		int status = response.status();
		if (status >= 500) {
			return new RemoteServiceUnavailableException(methodKey, status);
		}
		Map<String, Object> problem = read(response);
		Object code = problem.get("code");
		Object detail = problem.get("detail");
		return new RemoteProblemException(methodKey, status, (code != null) ? code.toString() : "HTTP_" + status,
				(detail != null) ? detail.toString() : null, problem);
	}

	private static Map<String, Object> read(Response response) {
		if (response.body() == null) {
			return Map.of();
		}
		try (InputStream body = response.body().asInputStream()) {
			return MAPPER.readValue(body, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (IOException | JacksonException ex) {
			return Map.of();
		}
	}

}
