package shop.auth.token;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyTests {

	private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

	private static final Duration PUBLICATION = Duration.ofMinutes(17);

	@Test
	void anActiveKeyIsPublishedAndRotatesOnceOldEnough() {
		SigningKey key = SigningKey.create("k1", "public", "private", CREATED);
		assertThat(key.isActive()).isTrue();
		assertThat(key.isPublishedAt(CREATED.plus(Duration.ofDays(400)), PUBLICATION)).isTrue();
		assertThat(key.isDueForRotation(CREATED.plus(Duration.ofDays(29)), Duration.ofDays(30))).isFalse();
		assertThat(key.isDueForRotation(CREATED.plus(Duration.ofDays(30)), Duration.ofDays(30))).isTrue();
	}

	@Test
	void aRetiredKeyStaysPublishedUntilItsLastTokensExpired() {
		SigningKey key = SigningKey.create("k1", "public", "private", CREATED);
		Instant retired = CREATED.plus(Duration.ofDays(30));
		key.retire(retired);
		key.retire(retired.plusSeconds(60));
		assertThat(key.isActive()).isFalse();
		assertThat(key.retiredAt()).isEqualTo(retired);
		assertThat(key.isDueForRotation(retired.plus(Duration.ofDays(90)), Duration.ofDays(30))).isFalse();
		assertThat(key.isPublishedAt(retired.plus(PUBLICATION).minusSeconds(1), PUBLICATION)).isTrue();
		assertThat(key.isPublishedAt(retired.plus(PUBLICATION), PUBLICATION)).isFalse();
	}

}
