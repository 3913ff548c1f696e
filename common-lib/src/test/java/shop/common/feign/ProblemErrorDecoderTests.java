package shop.common.feign;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import feign.Request;
import feign.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemErrorDecoderTests {

	private final ProblemErrorDecoder decoder = new ProblemErrorDecoder();

	@Test
	void decodesAProblemIntoItsCodeAndExtensions() {
		Exception ex = this.decoder.decode("Stock#reserve", response(409,
				"{\"type\":\"https://wholesale-shop.dev/problems/out-of-stock\",\"status\":409,\"code\":\"OUT_OF_STOCK\",\"available\":3}"));
		assertThat(ex).isInstanceOf(RemoteProblemException.class);
		RemoteProblemException problem = (RemoteProblemException) ex;
		assertThat(problem.status()).isEqualTo(409);
		assertThat(problem.code()).isEqualTo("OUT_OF_STOCK");
		assertThat(problem.problem()).containsEntry("available", 3);
		assertThat(RemoteCalls.isTransient(problem)).isFalse();
	}

	@Test
	void treatsServerErrorsAsTransient() {
		Exception ex = this.decoder.decode("Payments#capture", response(503, "oops"));
		assertThat(ex).isInstanceOf(RemoteServiceUnavailableException.class);
		assertThat(RemoteCalls.isTransient(ex)).isTrue();
		assertThat(RemoteCalls.isTransient(new RuntimeException("wrapped", ex))).isTrue();
	}

	@Test
	void survivesABodyThatIsNotJson() {
		Exception ex = this.decoder.decode("X#y", response(404, "<html>"));
		assertThat(((RemoteProblemException) ex).code()).isEqualTo("HTTP_404");
	}

	private static Response response(int status, String body) {
		return Response.builder()
			.status(status)
			.request(Request.create(Request.HttpMethod.POST, "http://x/internal", Map.of(), null,
					StandardCharsets.UTF_8, null))
			.body(body, StandardCharsets.UTF_8)
			.build();
	}

}
