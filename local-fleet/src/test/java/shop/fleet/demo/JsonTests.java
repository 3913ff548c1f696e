package shop.fleet.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JsonTests {

	@Test
	void writesAndReadsBackNestedValuesWithEscapes() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("name", "Dell 27\" \\ \"QHD\"\n\ttab");
		value.put("count", 3);
		value.put("price", new BigDecimal("12.50"));
		value.put("ok", true);
		value.put("none", null);
		value.put("list", List.of("a", Map.of("b", "c")));
		String json = Json.write(value);
		assertThat(json).startsWith("{\"name\":\"Dell 27\\\" \\\\ \\\"QHD\\\"\\n\\ttab\",\"count\":3");
		Map<?, ?> read = (Map<?, ?>) Json.parse(json);
		assertThat(read.get("name")).isEqualTo(value.get("name"));
		assertThat(read.get("count")).isEqualTo(new BigDecimal("3"));
		assertThat(read.get("price")).isEqualTo(new BigDecimal("12.50"));
		assertThat(read.get("ok")).isEqualTo(true);
		assertThat(read.containsKey("none")).isTrue();
		assertThat(read.get("list")).isEqualTo(List.of("a", Map.of("b", "c")));
	}

	@Test
	void readsUnicodeEscapesAndRefusesBrokenJson() {
		assertThat(Json.parse(" {\"k\" : \"caf\\u00e9\"} ")).isEqualTo(Map.of("k", "café"));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("{\"k\":"));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("[1,2] x"));
	}

}
