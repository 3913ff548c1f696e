package shop.common.crypto;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * Field encryption and blind indexes for services that set {@code shop.crypto.enabled};
 * such a service refuses to start without its encryption keys. The blind-index key is
 * required only by a service that uses blind indexes (the bean is created when first
 * injected), so a service that only encrypts is not handed a key it never uses.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "shop.crypto", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoAutoConfiguration {

	@Bean
	FieldEncryptor fieldEncryptor(CryptoProperties properties) {
		return properties.fieldEncryptor();
	}

	@Bean
	@Lazy
	BlindIndex blindIndex(CryptoProperties properties) {
		return properties.blindIndex();
	}

}
