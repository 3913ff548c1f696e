package shop.rating.outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import shop.common.test.SharedPostgres;
import shop.rating.client.CatalogClient.RatingChange;
import shop.rating.client.CatalogClient.RatingChanges;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V3 moves the summary changes still waiting in the old {@code summary_outbox} into the
 * common outbox table, as payloads the feed delivers unchanged.
 */
class SummaryOutboxMigrationTests {

	@Test
	void movesWaitingSummaryChangesIntoTheOutboxKeepingTheirRetryState() {
		SharedPostgres.Connection postgres = SharedPostgres.get();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(),
				postgres.password());
		String schema = "rating_v3_" + Long.toHexString(System.nanoTime());
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UUID id = UUID.randomUUID();
		UUID product = UUID.randomUUID();
		migrate(dataSource, schema, "2");
		jdbc.sql("insert into " + schema + ".summary_outbox (id, product_id, average, rating_count, changed_at,"
				+ " attempts, next_attempt_at, last_error) values (:id, :product, 4.50, 2,"
				+ " timestamptz '2026-03-05 10:15:30.123456+00', 3, timestamptz '2026-03-05 10:16:00+00', 'catalog 503')")
			.param("id", id)
			.param("product", product)
			.update();

		migrate(dataSource, schema, "latest");

		assertThat(
				jdbc.sql("select to_regclass('" + schema + ".summary_outbox') is null").query(Boolean.class).single())
			.isTrue();
		Map<String, Object> row = jdbc
			.sql("select topic, cast(payload as text) as payload, attempts, last_error, created_at, next_attempt_at"
					+ " from " + schema + ".outbox where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row).containsEntry("topic", SummaryChanges.TOPIC)
			.containsEntry("attempts", 3)
			.containsEntry("last_error", "catalog 503");
		RatingChange change = JsonMapper.builder().build().readValue((String) row.get("payload"), RatingChange.class);
		assertThat(change).isEqualTo(
				new RatingChange(product, new BigDecimal("4.50"), 2, Instant.parse("2026-03-05T10:15:30.123456Z")));

		List<RatingChanges> sent = new ArrayList<>();
		new SummaryFeed(sent::add).send(List.of(change));
		assertThat(sent).singleElement().satisfies((changes) -> assertThat(changes.changes()).containsExactly(change));
	}

	@Test
	void feedsOnlyTheNewestChangeOfEachProductInABatch() {
		UUID product = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		Instant now = Instant.parse("2026-03-05T10:00:00Z");
		RatingChange newest = new RatingChange(product, new BigDecimal("3.00"), 3, now.plusSeconds(2));
		RatingChange older = new RatingChange(product, new BigDecimal("2.50"), 2, now.plusSeconds(1));
		RatingChange otherChange = new RatingChange(other, new BigDecimal("5.00"), 1, now);
		List<RatingChanges> sent = new ArrayList<>();

		new SummaryFeed(sent::add).send(List.of(newest, otherChange, older));

		assertThat(sent).singleElement()
			.satisfies((changes) -> assertThat(changes.changes()).containsExactly(otherChange, newest));
	}

	private static void migrate(DriverManagerDataSource dataSource, String schema, String target) {
		Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).target(target).load().migrate();
	}

}
