package shop.logs.ingest;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import shop.common.test.Http;
import shop.logs.LogServiceTestSupport;
import shop.logs.event.LogEvent;
import shop.logs.event.LogObjectCodec;
import shop.logs.index.LogObject;
import shop.logs.index.LogObjectRepository;
import shop.logs.retention.LogRetention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LogIngestIntegrationTests extends LogServiceTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	LogObjectRepository index;

	@Autowired
	LogRetention retention;

	@Test
	void storesTwoHundredFiftyEventsAsObjectsOfOneHundredOneHundredAndFiftyWhoseNdjsonRoundTrips() throws Exception {
		String service = service();
		Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plusSeconds(60);
		List<Map<String, Object>> sent = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			Map<String, Object> event = event(service, start.plusMillis(i), (i % 10 == 0) ? "WARN" : "INFO",
					"event number " + i);
			event.put("requestId", "req-" + i);
			event.put("traceId", "trace-" + (i / 50));
			event.put("userId", UUID.randomUUID().toString());
			if (i == 7) {
				event.put("exception", "java.lang.IllegalStateException: boom\n\tat shop.X.y(X.java:1)");
			}
			sent.add(event);
		}

		HttpResponse<String> response = ingest(sent);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(JSON.readTree(response.body()).get("accepted").asInt()).isEqualTo(250);
		// the full objects are written before the answer; the partial one waits for the
		// flush
		assertThat(this.index.findByService(service)).extracting(LogObject::eventCount).startsWith(100, 100);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.index.findByService(service).size() == 3);
		List<LogObject> objects = this.index.findByService(service);
		assertThat(objects).extracting(LogObject::eventCount).containsExactly(100, 100, 50);

		List<LogEvent> stored = new ArrayList<>();
		for (LogObject object : objects) {
			assertThat(object.objectKey())
				.matches("date=\\d{4}-\\d{2}-\\d{2}/hour=\\d{2}/service=" + service + "/[0-9a-f-]{36}\\.ndjson\\.gz");
			Path file = STORE.resolve(object.objectKey());
			byte[] bytes = Files.readAllBytes(file);
			List<LogEvent> events = LogObjectCodec.decode(bytes);
			assertThat(events).hasSize(object.eventCount());
			assertThat(object.firstEvent()).isEqualTo(events.getFirst().timestamp());
			assertThat(object.lastEvent()).isEqualTo(events.getLast().timestamp());
			stored.addAll(events);
		}
		stored.sort(Comparator.comparing(LogEvent::timestamp));
		List<Map<String, Object>> roundTripped = stored.stream().map(LogIngestIntegrationTests::asMap).toList();
		assertThat(roundTripped).isEqualTo(sent);
	}

	@Test
	void refusesAMalformedBatchWholeWith400AndStoresNothingOfIt() throws Exception {
		String service = service();
		List<Map<String, Object>> events = new ArrayList<>();
		events.add(event(service, Instant.now(), "INFO", "fine"));
		events.add(event(service, Instant.now(), "INFO", "bad time"));
		events.get(1).put("timestamp", "yesterday");
		events.add(event(service, Instant.now(), "LOUD", "bad level"));

		HttpResponse<String> response = ingest(events);

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("events[1].timestamp", "events[2].level");
		assertThat(Http.post(url("/internal/logs"), "{\"events\": [ {\"timestamp\": ", "X-Api-Key", "orders-key")
			.statusCode()).isEqualTo(400);
		assertThat(Http.post(url("/internal/logs"), "{\"events\": []}", "X-Api-Key", "orders-key").statusCode())
			.isEqualTo(400);

		Thread.sleep(1500);
		assertThat(this.index.findByService(service)).isEmpty();
	}

	@Test
	void takesBatchesOnlyFromServicesWithAKey() {
		String body = "{\"events\":[]}";
		assertThat(Http.post(url("/internal/logs"), body).statusCode()).isEqualTo(401);
		assertThat(Http.post(url("/internal/logs"), body, "X-Api-Key", "nope").statusCode()).isEqualTo(401);
	}

	@Test
	void deletesObjectsOlderThanTheRetentionAndKeepsTheOthers() throws Exception {
		String service = service();
		Instant old = Instant.now().minus(Duration.ofDays(30));
		ingest(List.of(event(service, old, "INFO", "old news"), event(service, Instant.now(), "INFO", "fresh")));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.index.findByService(service).size() == 2);
		LogObject expired = this.index.findByService(service).getFirst();
		LogObject kept = this.index.findByService(service).getLast();
		assertThat(Files.exists(STORE.resolve(expired.objectKey()))).isTrue();

		assertThat(this.retention.deleteExpired()).isGreaterThanOrEqualTo(1);

		assertThat(this.index.findByService(service)).extracting(LogObject::objectKey)
			.containsExactly(kept.objectKey());
		assertThat(Files.exists(STORE.resolve(expired.objectKey()))).isFalse();
		assertThat(Files.exists(STORE.resolve(kept.objectKey()))).isTrue();
	}

	@Test
	void probesTheStoreForHealthServiceOnly() throws Exception {
		HttpResponse<String> probe = Http.post(url("/internal/logs/probe"), "", "X-Api-Key", "health-key");
		assertThat(probe.statusCode()).as(probe.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(probe.body());
		assertThat(body.get("status").asString()).isEqualTo("UP");
		assertThat(body.get("store").asString()).isEqualTo("directory");
		try (var files = Files.walk(STORE.resolve("probe"))) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}

		assertThat(Http.post(url("/internal/logs/probe"), "", "X-Api-Key", "orders-key").statusCode()).isEqualTo(403);
	}

	static String service() {
		return "svc-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static Map<String, Object> event(String service, Instant at, String level, String message) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("timestamp", at.toString());
		event.put("service", service);
		event.put("level", level);
		event.put("logger", "shop.test.Logger");
		event.put("message", message);
		return event;
	}

	HttpResponse<String> ingest(List<Map<String, Object>> events) {
		return Http.post(url("/internal/logs"), JSON.writeValueAsString(Map.of("events", events)), "X-Api-Key",
				"orders-key");
	}

	private static Map<String, Object> asMap(LogEvent event) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("timestamp", event.timestamp().toString());
		map.put("service", event.service());
		map.put("level", event.level());
		map.put("logger", event.logger());
		map.put("message", event.message());
		if (event.requestId() != null) {
			map.put("requestId", event.requestId());
		}
		if (event.traceId() != null) {
			map.put("traceId", event.traceId());
		}
		if (event.userId() != null) {
			map.put("userId", event.userId());
		}
		if (event.exception() != null) {
			map.put("exception", event.exception());
		}
		return map;
	}

}
