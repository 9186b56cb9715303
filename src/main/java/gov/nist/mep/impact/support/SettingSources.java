package gov.nist.mep.impact.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The sources of an application's settings, in Spring Boot's order of precedence, as the registry reads them: what
 * Spring Boot read (command line, system properties, environment variables, settings files with the line of each
 * value), placeholders resolved.
 */
public final class SettingSources {

    private SettingSources() {
    }

    /** Every enumerable property source of the environment, in its order (the first wins). */
    public static List<SettingSource> of(ConfigurableEnvironment environment) {
        List<SettingSource> sources = new ArrayList<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> origins = new LinkedHashMap<>();
            for (String name : enumerable.getPropertyNames()) {
                Object value = enumerable.getProperty(name);
                String text = value == null ? "" : String.valueOf(value);
                try {
                    text = environment.resolvePlaceholders(text);
                } catch (IllegalArgumentException e) {
                    // an unresolvable placeholder is left as written
                }
                values.put(name, text);
                String origin = origin(source, name);
                if (origin != null) {
                    origins.put(name, origin);
                }
            }
            SettingSource.Kind kind = source instanceof CommandLinePropertySource ? SettingSource.Kind.COMMAND_LINE
                    : source instanceof SystemEnvironmentPropertySource ? SettingSource.Kind.ENVIRONMENT
                    : StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(source.getName())
                    ? SettingSource.Kind.SYSTEM_PROPERTIES : SettingSource.Kind.FILE;
            sources.add(new SettingSource(kind, source.getName(), values, origins));
        }
        return sources;
    }

    /** Where a value of a settings file is: the file and its line. */
    @SuppressWarnings("unchecked")
    private static String origin(PropertySource<?> source, String name) {
        if (!(source instanceof OriginLookup<?>)) {
            return null;
        }
        Origin origin = ((OriginLookup<String>) source).getOrigin(name);
        if (origin instanceof TextResourceOrigin text) {
            String resource = text.getResource() == null ? source.getName() : text.getResource().getDescription();
            return resource + (text.getLocation() == null ? "" : " line " + (text.getLocation().getLine() + 1));
        }
        return origin == null ? null : origin.toString();
    }
}
