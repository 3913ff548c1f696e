package shop.common.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against a real PostgreSQL ({@link SharedPostgres}): put it beside
 * {@code @SpringBootTest} or {@code @DataJpaTest}. Test classes with the same
 * configuration share one context, so the server and the migrations are paid once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface PostgresTest {

}
