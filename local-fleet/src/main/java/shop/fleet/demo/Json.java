package shop.fleet.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the loader: writes maps, lists, strings, numbers, booleans and
 * null; reads an answer into the same types (numbers as {@link BigDecimal}).
 */
final class Json {

	private final String text;

	private int at;

	private Json(String text) {
		this.text = text;
	}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	static Object parse(String text) {
		Json parser = new Json(text);
		Object value = parser.value();
		parser.skipSpace();
		if (parser.at != text.length()) {
			throw parser.error("unexpected trailing characters");
		}
		return value;
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof String string) {
			quote(string, out);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append((value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString());
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				quote(entry.getKey().toString(), out);
				out.append(':');
				write(entry.getValue(), out);
			}
			out.append('}');
		}
		else if (value instanceof Iterable<?> list) {
			out.append('[');
			boolean first = true;
			for (Object item : list) {
				if (!first) {
					out.append(',');
				}
				first = false;
				write(item, out);
			}
			out.append(']');
		}
		else {
			quote(value.toString(), out);
		}
	}

	private static void quote(String value, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private Object value() {
		skipSpace();
		if (this.at >= this.text.length()) {
			throw error("unexpected end");
		}
		char c = this.text.charAt(this.at);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		this.at++;
		skipSpace();
		if (peek() == '}') {
			this.at++;
			return object;
		}
		while (true) {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			object.put(key, value());
			skipSpace();
			if (peek() == ',') {
				this.at++;
			}
			else {
				expect('}');
				return object;
			}
		}
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		this.at++;
		skipSpace();
		if (peek() == ']') {
			this.at++;
			return array;
		}
		while (true) {
			array.add(value());
			skipSpace();
			if (peek() == ',') {
				this.at++;
			}
			else {
				expect(']');
				return array;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			if (this.at >= this.text.length()) {
				throw error("unterminated string");
			}
			char c = this.text.charAt(this.at++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escaped = this.text.charAt(this.at++);
			switch (escaped) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
					this.at += 4;
				}
				default -> out.append(escaped);
			}
		}
	}

	private BigDecimal number() {
		int start = this.at;
		while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
		if (start == this.at) {
			throw error("unexpected character");
		}
		return new BigDecimal(this.text.substring(start, this.at));
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.at)) {
			throw error("unexpected literal");
		}
		this.at += word.length();
		return value;
	}

	private char peek() {
		return (this.at < this.text.length()) ? this.text.charAt(this.at) : 0;
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		this.at++;
	}

	private void skipSpace() {
		while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
			this.at++;
		}
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException("Malformed JSON at " + this.at + ": " + message);
	}

}
