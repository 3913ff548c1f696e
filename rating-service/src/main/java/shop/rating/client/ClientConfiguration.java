package shop.rating.client;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on the Feign clients of this package.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients
class ClientConfiguration {

}
