package shop.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the newest Gatling report under {@code target/gatling} into a short Markdown
 * table (requests, errors, RPS, p50/p95/p99 per request type) appended to the results
 * file that the README links.
 */
public final class ResultsSummary {

	private ResultsSummary() {
	}

	public static void main(String[] args) throws IOException {
		Path reports = Path.of(args.length > 0 ? args[0] : "target/gatling");
		Path results = Path.of(args.length > 1 ? args[1] : "RESULTS.md");
		String note = (args.length > 2) ? args[2] : "";
		Path newest;
		try (Stream<Path> dirs = Files.list(reports)) {
			newest = dirs.filter(Files::isDirectory)
				.max(Comparator.comparing((Path dir) -> dir.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException("No Gatling report under " + reports));
		}
		JsonNode stats = new ObjectMapper().readTree(newest.resolve("js/stats.json").toFile());
		StringBuilder out = new StringBuilder();
		out.append("\n## ").append(newest.getFileName()).append(" (").append(Instant.now()).append(")\n\n");
		if (!note.isBlank()) {
			out.append(note).append("\n\n");
		}
		out.append("| request | count | errors | req/s | p50 ms | p95 ms | p99 ms |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|\n");
		row(out, "all requests", stats.path("stats"));
		for (Iterator<Map.Entry<String, JsonNode>> it = stats.path("contents").fields(); it.hasNext();) {
			JsonNode request = it.next().getValue();
			row(out, request.path("name").asText(), request.path("stats"));
		}
		Files.writeString(results, out.toString(), java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
		System.out.print(out);
	}

	private static void row(StringBuilder out, String name, JsonNode stats) {
		out.append("| ")
			.append(name)
			.append(" | ")
			.append(stats.path("numberOfRequests").path("total").asText())
			.append(" | ")
			.append(stats.path("numberOfRequests").path("ko").asText())
			.append(" | ")
			.append(String.format("%.1f", stats.path("meanNumberOfRequestsPerSecond").path("total").asDouble()))
			.append(" | ")
			.append(stats.path("percentiles1").path("total").asText())
			.append(" | ")
			.append(stats.path("percentiles3").path("total").asText())
			.append(" | ")
			.append(stats.path("percentiles4").path("total").asText())
			.append(" |\n");
	}

}
