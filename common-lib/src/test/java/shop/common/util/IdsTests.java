package shop.common.util;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTests {

	@Test
	void makesVersion7UuidsThatSortByTime() {
		UUID earlier = Ids.newId(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
		UUID later = Ids.newId(Clock.fixed(Instant.parse("2026-01-01T00:00:01Z"), ZoneOffset.UTC));
		assertThat(earlier.version()).isEqualTo(7);
		assertThat(earlier.variant()).isEqualTo(2);
		assertThat(earlier.toString().compareTo(later.toString())).isNegative();
		assertThat(earlier.getMostSignificantBits() >>> 16)
			.isEqualTo(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
	}

	@Test
	void neverRepeats() {
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(Ids.newId());
		}
		assertThat(ids).hasSize(10_000);
	}

}
