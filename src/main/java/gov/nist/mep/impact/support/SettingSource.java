package gov.nist.mep.impact.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where settings come from, as the registry reads them: the command line, Java system properties, environment
 * variables or a settings file, with the values as written. A list of sources is in Spring Boot's order of precedence:
 * the first that gives a setting wins.
 *
 * @param kind what the source is, which says how a message names a value and its fix
 * @param name how messages name the source (a settings file's description)
 * @param values the names and values as written, in the source's order
 * @param origins where each value is, when the source knows (a settings file's line)
 */
public record SettingSource(Kind kind, String name, Map<String, String> values, Map<String, String> origins) {

    /** The kinds of sources. */
    public enum Kind {
        COMMAND_LINE, SYSTEM_PROPERTIES, ENVIRONMENT, FILE
    }

    public SettingSource {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        origins = Map.copyOf(origins);
    }

    /** The {@code --name=value} arguments (others are ignored), as Spring Boot reads them. */
    public static SettingSource commandLine(List<String> arguments) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String a : arguments) {
            if (a.startsWith("--") && a.indexOf('=') > 2) {
                values.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        return new SettingSource(Kind.COMMAND_LINE, "the command line", values, Map.of());
    }

    /** Environment variables. */
    public static SettingSource environment(Map<String, String> variables) {
        return new SettingSource(Kind.ENVIRONMENT, "the environment", variables, Map.of());
    }

    /** The Java system properties whose names start with {@code mep.} (none of the others can be ours). */
    public static SettingSource systemProperties() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("mep.")) {
                values.put(name, System.getProperty(name));
            }
        }
        return new SettingSource(Kind.SYSTEM_PROPERTIES, "the Java system properties", values, Map.of());
    }
}
