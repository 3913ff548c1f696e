package shop.common.security.jwt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a controller parameter of type {@link java.util.UUID} to the id of the
 * authenticated end user (the access token's {@code sub}), or a {@link String} to their
 * session id when {@link #session()} is set.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CurrentUser {

	/**
	 * Bind the session id ({@code sid}) instead of the user id.
	 */
	boolean session() default false;

}
