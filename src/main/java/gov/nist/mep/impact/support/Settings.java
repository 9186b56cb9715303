package gov.nist.mep.impact.support;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The registry of every {@code mep.*} setting: built from the settings records ({@code @ConfigurationProperties}
 * records whose components carry their {@link Setting} range), so each range is written once, next to its setting.
 * {@link #problems} checks an environment (command line, environment variables, settings files) and returns one line
 * per problem: a value out of its range or of the wrong kind, naming the setting, the valid values, the default and
 * where the value came from; a setting that does not exist, with the nearest known name; a rule across settings of a
 * record (its constructor's check). To add a setting: add a component with its {@link Setting} to a settings record
 * (or a new record to the command line's list), and a line to the README's table.
 */
public final class Settings {

    /** First words of the settings the command line passes on (Spring Boot's own, and ours). */
    static final Set<String> ROOTS = Set.of("mep", "spring", "logging", "management", "server", "info", "debug",
            "trace");
    /** Spring Boot settings users give often: suggested for a mistyped one. */
    static final List<String> COMMON = List.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "logging.file.name", "logging.level", "spring.config.location",
            "spring.config.additional-location", "spring.profiles.active");

    private final List<Class<? extends Record>> records;
    private final Map<String, SettingSpec> specs = new LinkedHashMap<>();
    private final Set<String> prefixes = new LinkedHashSet<>();

    private Settings(List<Class<? extends Record>> records) {
        this.records = List.copyOf(records);
        for (Class<? extends Record> type : records) {
            String prefix = prefixOf(type);
            prefixes.add(prefix);
            Record defaults = defaults(type);
            for (RecordComponent c : type.getRecordComponents()) {
                Setting range = c.getAnnotation(Setting.class);
                if (range == null) {
                    throw new IllegalStateException(type.getName() + "." + c.getName() + " has no @Setting range");
                }
                String name = prefix + "." + kebab(c.getName());
                specs.put(name, new SettingSpec(name, kind(c), range, defaultOf(defaults, c, range)));
            }
        }
    }

    /** The registry of the settings these records hold. */
    public static Settings of(List<Class<? extends Record>> records) {
        return new Settings(records);
    }

    /** Every setting, in the records' order. */
    public List<SettingSpec> all() {
        return List.copyOf(specs.values());
    }

    /** The setting of this name, if registered. */
    public Optional<SettingSpec> spec(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    // ---------------------------------------------------------------- checking

    /**
     * Every problem of the settings in {@code environment}, one line each (without "error: "): nothing when they are
     * all good. Cheap (no bean is created): run it before any work.
     */
    public List<String> problems(ConfigurableEnvironment environment) {
        List<String> problems = new ArrayList<>(unknown(environment));
        Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.from(
                environment.getPropertySources());
        PropertySourcesPlaceholdersResolver placeholders = new PropertySourcesPlaceholdersResolver(environment);
        Set<String> badPrefixes = new TreeSet<>();
        for (SettingSpec spec : specs.values()) {
            ConfigurationPropertyName name = ConfigurationPropertyName.of(spec.name());
            ConfigurationProperty property = first(sources, name);
            Object raw;
            if (property != null) {
                raw = placeholders.resolvePlaceholders(property.getValue());
            } else if (spec.kind() == SettingSpec.Kind.LIST) {
                // a list given element by element (name[0]=...)
                raw = new Binder(sources, placeholders).bind(name, Bindable.listOf(String.class)).orElse(null);
                if (raw == null) {
                    continue;
                }
            } else {
                continue;
            }
            String value = raw == null ? "" : raw instanceof List<?> l ? l.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) : String.valueOf(raw);
            Optional<String> problem = spec.problem(value);
            if (problem.isPresent()) {
                problems.add(spec.name() + "=" + Abridged.value(value) + " " + problem.get() + ": valid values are "
                        + spec.validValues() + (spec.defaultValue() == null ? "" : " (default: " + spec.defaultValue()
                        + ")") + ". Fix: " + fix(spec, property == null ? null : property.getOrigin(), value));
                badPrefixes.add(spec.name().substring(0, spec.name().lastIndexOf('.')));
            }
        }
        // rules across the settings of a record: its constructor checks them, as when Spring binds it
        Binder binder = new Binder(sources, placeholders);
        for (Class<? extends Record> type : records) {
            String prefix = prefixOf(type);
            if (badPrefixes.contains(prefix)) {
                continue;
            }
            try {
                binder.bind(prefix, Bindable.of(type));
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                problems.add(Abridged.line(root.getMessage()) + ". Fix: correct the settings of " + prefix);
            }
        }
        return problems;
    }

    /** The first property source's value of the name, as Spring would bind it. */
    private static ConfigurationProperty first(Iterable<ConfigurationPropertySource> sources,
            ConfigurationPropertyName name) {
        for (ConfigurationPropertySource source : sources) {
            ConfigurationProperty p = source.getConfigurationProperty(name);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String fix(SettingSpec spec, Origin found, String value) {
        Origin origin = found instanceof PropertySourceOrigin ps && ps.getOrigin() != null ? ps.getOrigin() : found;
        if (found instanceof PropertySourceOrigin ps && ps.getPropertySource() instanceof SystemEnvironmentPropertySource) {
            return "correct the environment variable " + ps.getPropertyName() + ", or unset it";
        }
        String keep = spec.defaultValue() == null ? "" : ", or leave it out for the default";
        if (origin instanceof SystemEnvironmentOrigin env) {
            return "correct the environment variable " + env.getProperty() + (keep.isEmpty() ? "" : ", or unset it");
        }
        if (origin instanceof TextResourceOrigin text) {
            return "correct it in " + describe(text);
        }
        if (origin instanceof PropertySourceOrigin ps && ps.getPropertySource() instanceof CommandLinePropertySource) {
            return "correct --" + ps.getPropertyName() + "=" + Abridged.value(value) + keep;
        }
        if (origin instanceof PropertySourceOrigin ps
                && StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(ps.getPropertySource().getName())) {
            return "correct -D" + ps.getPropertyName() + keep;
        }
        return "correct it where it is set" + (origin == null ? "" : " (" + origin + ")") + keep;
    }

    private static String describe(TextResourceOrigin origin) {
        String resource = origin.getResource() == null ? "a settings file" : origin.getResource().getDescription();
        return resource + (origin.getLocation() == null ? "" : " line " + (origin.getLocation().getLine() + 1));
    }

    /** Names under our prefix that are no setting, and command-line settings of no known kind. */
    private List<String> unknown(ConfigurableEnvironment environment) {
        List<String> problems = new ArrayList<>();
        Set<String> names = specs.keySet();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            if (source instanceof SystemEnvironmentPropertySource) {
                problems.addAll(unknownVariables(enumerable));
                continue;
            }
            boolean commandLine = source instanceof CommandLinePropertySource;
            for (String property : enumerable.getPropertyNames()) {
                String root = property.contains(".") ? property.substring(0, property.indexOf('.')) : property;
                if (root.equals("mep")) {
                    if (!isSetting(property)) {
                        problems.add("unknown setting " + Abridged.value(property) + " (" + where(source, property)
                                + ")" + Suggestions.didYouMean(property, names, "", "") + ". Fix: correct its name;"
                                + " the README's Configuration lists every setting");
                    }
                } else if (commandLine && !ROOTS.contains(root.toLowerCase(Locale.ROOT))) {
                    List<String> known = new ArrayList<>(COMMON);
                    known.addAll(names);
                    problems.add("unknown setting " + Abridged.value(property) + " (--" + Abridged.value(property)
                            + "=…)" + Suggestions.didYouMean(property, known, "", "") + ". Fix: correct its name;"
                            + " see --help for the options and the README's Configuration for the settings");
                }
            }
        }
        return problems;
    }

    /** Whether a property name (any relaxed form) is a registered setting, or an element of a list setting. */
    private boolean isSetting(String property) {
        ConfigurationPropertyName name = ConfigurationPropertyName.adapt(property, '.');
        for (String s : specs.keySet()) {
            ConfigurationPropertyName known = ConfigurationPropertyName.of(s);
            if (known.equals(name) || known.isAncestorOf(name)) {
                return true;
            }
        }
        return false;
    }

    /** Environment variables of one of our groups ({@code MEP_RULES_…}) that set no setting. */
    private List<String> unknownVariables(EnumerablePropertySource<?> environment) {
        List<String> problems = new ArrayList<>();
        Set<String> variables = specs.values().stream().map(SettingSpec::environmentVariable)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> legacy = specs.values().stream().map(s -> s.name().toUpperCase(Locale.ROOT).replace('.', '_')
                .replace("-", "")).collect(Collectors.toSet());
        Set<String> groups = prefixes.stream().map(p -> p.toUpperCase(Locale.ROOT).replace('.', '_') + "_")
                .collect(Collectors.toSet());
        for (String variable : environment.getPropertyNames()) {
            String upper = variable.toUpperCase(Locale.ROOT);
            if (groups.stream().anyMatch(upper::startsWith) && !variables.contains(upper) && !legacy.contains(upper)
                    && variables.stream().noneMatch(v -> upper.startsWith(v + "_"))) {
                problems.add("unknown setting: the environment variable " + Abridged.value(variable) + " sets no"
                        + " setting" + Suggestions.didYouMean(upper, variables, "", "") + ". Fix: correct its name, or"
                        + " unset it; the README's Configuration lists every setting");
            }
        }
        return problems;
    }

    private static String where(PropertySource<?> source, String property) {
        if (source instanceof CommandLinePropertySource) {
            return "--" + Abridged.value(property) + "=…";
        }
        if (StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(source.getName())) {
            return "-D" + Abridged.value(property);
        }
        return "in " + source.getName();
    }

    // ---------------------------------------------------------------- building

    private static String prefixOf(Class<?> type) {
        ConfigurationProperties p = type.getAnnotation(ConfigurationProperties.class);
        if (p == null) {
            throw new IllegalStateException(type.getName() + " is not a @ConfigurationProperties record");
        }
        return p.prefix().isEmpty() ? p.value() : p.prefix();
    }

    /** capYears1To3 -> cap-years1-to3, as Spring writes a component's name in a setting. */
    static String kebab(String component) {
        StringBuilder s = new StringBuilder();
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) {
                s.append('-').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static SettingSpec.Kind kind(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == BigDecimal.class || t == Double.class || t == double.class || t == Float.class) {
            return SettingSpec.Kind.NUMBER;
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return SettingSpec.Kind.WHOLE_NUMBER;
        }
        if (t == Boolean.class || t == boolean.class) {
            return SettingSpec.Kind.BOOLEAN;
        }
        if (List.class.isAssignableFrom(t) && c.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class) {
            return SettingSpec.Kind.LIST;
        }
        if (t == String.class) {
            return SettingSpec.Kind.TEXT;
        }
        throw new IllegalStateException(c + ": settings are numbers, booleans, text or lists of text");
    }

    /** The record with every component empty: its compact constructor fills in the defaults. */
    private static Record defaults(Class<? extends Record> type) {
        Class<?>[] types = new Class<?>[type.getRecordComponents().length];
        for (int i = 0; i < types.length; i++) {
            types[i] = type.getRecordComponents()[i].getType();
            if (types[i].isPrimitive()) {
                return null;
            }
        }
        try {
            Constructor<? extends Record> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(new Object[types.length]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + ": cannot build its defaults", e);
        }
    }

    private static String defaultOf(Record defaults, RecordComponent c, Setting range) {
        Object value = null;
        if (defaults != null) {
            try {
                value = c.getAccessor().invoke(defaults);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value == null || value instanceof String s && s.isEmpty()) {
            return range.whenEmpty().isEmpty() ? null : range.whenEmpty();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
