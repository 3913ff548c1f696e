package shop.common.crypto;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CryptoAutoConfigurationTests {

	private static final String KEY = Base64.getEncoder().encodeToString(randomBytes());

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CryptoAutoConfiguration.class));

	@Test
	void encryptsNothingUnlessEnabled() {
		this.runner.withPropertyValues("shop.crypto.keys=k1:" + KEY)
			.run((context) -> assertThat(context).doesNotHaveBean(FieldEncryptor.class));
	}

	@Test
	void refusesToStartWithoutEncryptionKeys() {
		this.runner.withPropertyValues("shop.crypto.enabled=true").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("SHOP_CRYPTO_KEYS");
		});
	}

	@Test
	void startsAServiceThatOnlyEncryptsWithoutABlindIndexKey() {
		this.runner.withPropertyValues("shop.crypto.enabled=true", "shop.crypto.keys=k1:" + KEY).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(FieldEncryptor.class).activeKeyId()).isEqualTo("k1");
			assertThatThrownBy(() -> context.getBean(BlindIndex.class)).isInstanceOf(BeanCreationException.class)
				.rootCause()
				.hasMessageContaining("SHOP_CRYPTO_BLIND_INDEX_KEY");
		});
	}

	@Test
	void refusesToStartAServiceThatUsesBlindIndexesWithoutItsKey() {
		this.runner.withUserConfiguration(UsesBlindIndex.class)
			.withPropertyValues("shop.crypto.enabled=true", "shop.crypto.keys=k1:" + KEY)
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withUserConfiguration(UsesBlindIndex.class)
			.withPropertyValues("shop.crypto.enabled=true", "shop.crypto.keys=k1:" + KEY,
					"shop.crypto.blind-index-key=" + KEY)
			.run((context) -> assertThat(context.getBean(EmailLookup.class).index().of("a@b.c")).hasSize(64));
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	record EmailLookup(BlindIndex index) {

	}

	@Configuration(proxyBeanMethods = false)
	static class UsesBlindIndex {

		@Bean
		EmailLookup emailLookup(BlindIndex index) {
			return new EmailLookup(index);
		}

	}

}
