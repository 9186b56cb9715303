package gov.nist.mep.impact.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The valid values of a {@code mep.*} setting, written on the component of the settings record that holds it (a
 * {@code @ConfigurationProperties} record), so that the range lives next to the setting. {@link Settings} checks every
 * setting against it when the command starts, before any work, and the README lists it.
 *
 * <p>The kind of value comes from the component's type: {@code BigDecimal} or {@code Double} a number, {@code Integer}
 * or {@code Long} a whole number, {@code Boolean} true or false, {@code List<String>} a comma-separated list, a
 * {@code String} whatever {@link #syntax()} says. {@link #min()} and {@link #max()} bound numbers (for
 * {@link Syntax#FRACTION} the fraction's value, for {@link Syntax#DATA_SIZE} a size such as {@code 16MB}, for
 * {@link Syntax#DURATION} a length of time such as {@code 30s}, for
 * {@link Syntax#DIGITS} the number of digits of each element).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Setting {

    /** The smallest valid value; empty for none. */
    String min() default "";

    /** Whether {@link #min()} itself is outside the range. */
    boolean minExclusive() default false;

    /** The largest valid value; empty for none. */
    String max() default "";

    /** Whether {@link #max()} itself is outside the range. */
    boolean maxExclusive() default false;

    /** How a text value is written. */
    Syntax syntax() default Syntax.TEXT;

    /** The values a text setting may take, when they are few (e.g. {@code output}, {@code final-demand}); empty: any. */
    String[] oneOf() default {};

    /** What the default is when the record's default is empty (e.g. "derived from the table year"); for messages. */
    String whenEmpty() default "";

    /** How text values are written. */
    enum Syntax {
        /** Any text. */
        TEXT,
        /** A fraction {@code n/d} of whole numbers, d above 0, e.g. {@code 2/5}. */
        FRACTION,
        /** An amount of memory as the staging engine takes it: a number and a unit, e.g. {@code 256MB}, {@code 2GB}. */
        DATA_SIZE,
        /** Digits only (each element of a list). */
        DIGITS,
        /** A folder: blank, or a path that is not a file (created when missing). */
        FOLDER,
        /** A folder that must exist (blank: the default). */
        EXISTING_FOLDER,
        /** A length of time as Spring reads it: a whole number and a unit (ms, s, m, h, d), e.g. {@code 2m}. */
        DURATION
    }
}
