package shop.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the newest Gatling report under {@code target/gatling} into a short Markdown
 * table (requests, errors, RPS, p50/p95/p99 per request type) appended to the results
 * file that the README links. Gatling 3.15 keeps its statistics only in the report's
 * {@code index.html} table, so that is what is read.
 */
public final class ResultsSummary {

	private static final Pattern ROW = Pattern.compile("<tr id=\"[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");

	private static final Pattern VALUE = Pattern.compile("<td class=\"value[^\"]*col-(\\d+)\">([^<]*)</td>");

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
		String html = Files.readString(newest.resolve("index.html"));
		StringBuilder out = new StringBuilder();
		out.append("\n## ").append(newest.getFileName()).append(" (").append(Instant.now()).append(")\n\n");
		if (!note.isBlank()) {
			out.append(note).append("\n\n");
		}
		out.append("| request | count | errors | req/s | p50 ms | p95 ms | p99 ms |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|\n");
		Matcher row = ROW.matcher(html);
		java.util.Set<String> seen = new java.util.HashSet<>();
		while (row.find()) {
			Matcher name = NAME.matcher(row.group(1));
			List<String> values = new ArrayList<>();
			Matcher value = VALUE.matcher(row.group(1));
			while (value.find()) {
				values.add(value.group(2).trim());
			}
			// the report lists a request again under each scenario that sends it
			if (!name.find() || values.size() < 10 || !seen.add(name.group(1))) {
				continue;
			}
			// columns: total, ok, ko, %ko, req/s, min, p50, p75, p95, p99, max, mean, std
			// dev
			out.append("| ")
				.append(name.group(1))
				.append(" | ")
				.append(String.join(" | ", values.get(0), values.get(2), values.get(4), values.get(6), values.get(8),
						values.get(9)))
				.append(" |\n");
		}
		Files.writeString(results, out.toString(), java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
		System.out.print(out);
	}

}
