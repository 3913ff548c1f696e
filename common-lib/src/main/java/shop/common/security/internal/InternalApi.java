package shop.common.security.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lists the services that may call an internal endpoint (least privilege). Every handler
 * under {@code /internal/**} must carry it, on the method or its controller; a handler
 * without it refuses every caller.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InternalApi {

	/**
	 * Names of the calling services ({@code spring.application.name}), for example
	 * {@code "orders-service"}.
	 */
	String[] callers();

}
