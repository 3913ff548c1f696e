package shop.common.crypto;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Field encryption and blind indexes for services that set {@code shop.crypto.enabled};
 * such a service refuses to start without its keys.
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
	BlindIndex blindIndex(CryptoProperties properties) {
		return properties.blindIndex();
	}

}
