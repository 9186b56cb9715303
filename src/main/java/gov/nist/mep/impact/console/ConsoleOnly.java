package gov.nist.mep.impact.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

/**
 * Marks the console's beans: they exist only when the application runs as a web application, which only the
 * {@code console} command does (every other command runs with {@code spring.main.web-application-type=none}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@interface ConsoleOnly {
}
