package gov.nist.mep.impact.support;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry of every {@code mep.*} setting: built from the settings records ({@code @ConfigurationProperties}
 * records whose components carry their {@link Setting} range), so each range is written once, next to its setting.
 * {@link #problems} checks the settings as given (command line, environment variables, settings files) and returns one
 * line per problem: a value out of its range or of the wrong kind, naming the setting, the valid values, the default
 * and where the value came from; a setting that does not exist, with the nearest known name; a rule across settings of
 * a record (its constructor's check). It reads names as Spring Boot does (relaxed: {@code employee-limit},
 * {@code employeeLimit}, {@code employee_limit}, {@code MEP_RULES_EMPLOYEE_LIMIT}, list elements {@code [0]}), with
 * nothing of Spring Boot's binder, so the command line can run it before the application starts at no cost.
 *
 * <p>To add a setting: a component with its {@link Setting} on a settings record (or a new record added to the
 * command line's list), and a line in the README's table.
 */
public final class Settings {

    /** First words of the settings the command line passes on (Spring Boot's own, and ours). */
    static final Set<String> ROOTS = Set.of("mep", "spring", "logging", "management", "server", "info", "debug",
            "trace");
    /** Spring Boot settings users give often: suggested for a mistyped one. */
    static final List<String> COMMON = List.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "logging.file.name", "logging.level", "spring.config.location",
            "spring.config.additional-location", "spring.profiles.active");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]$");
    /** The end of an environment variable that sets one element of a list: {@code _0} or {@code _0_}. */
    private static final Pattern ELEMENT = Pattern.compile("_(\\d+)_?");
    private static final List<String> TRUE = List.of("true", "on", "yes", "1");

    /**
     * A settings record and its settings, in component order, with the defaults its canonical constructor declares
     * ({@code @DefaultValue}; null where none).
     */
    private record Group(Class<? extends Record> type, String prefix, List<SettingSpec> specs, List<String> declared) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final Map<String, SettingSpec> specs = new LinkedHashMap<>();
    /** Registered names in Spring's uniform form (lower case, no dash or underscore), to their setting. */
    private final Map<String, SettingSpec> uniform = new LinkedHashMap<>();

    private Settings(List<Class<? extends Record>> records) {
        for (Class<? extends Record> type : records) {
            String prefix = prefixOf(type);
            Record defaults = defaults(type);
            List<String> declared = declaredDefaults(type);
            List<SettingSpec> group = new ArrayList<>();
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                Setting range = c.getAnnotation(Setting.class);
                if (range == null) {
                    throw new IllegalStateException(type.getName() + "." + c.getName() + " has no @Setting range");
                }
                String name = prefix + "." + kebab(c.getName());
                String defaultValue = declared.get(i) != null ? declared.get(i) : defaultOf(defaults, c, range);
                SettingSpec spec = new SettingSpec(name, kind(c), range, defaultValue);
                group.add(spec);
                specs.put(name, spec);
                uniform.put(uniform(name), spec);
            }
            groups.add(new Group(type, prefix, List.copyOf(group), declared));
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

    /** A setting's value as given, and where. */
    private record Given(String key, String value, SettingSource source) {
    }

    /**
     * Every problem of the settings given, one line each (without "error: "): nothing when they are all good.
     *
     * @param sources where settings come from, first wins (Spring Boot's order of precedence)
     */
    public List<String> problems(List<SettingSource> sources) {
        List<String> problems = new ArrayList<>(unknown(sources));
        Map<SettingSpec, Given> given = new LinkedHashMap<>();
        for (SettingSpec spec : specs.values()) {
            Given g = find(spec, sources);
            if (g != null) {
                given.put(spec, g);
            }
        }
        Set<String> badGroups = new TreeSet<>();
        for (Group group : groups) {
            for (SettingSpec spec : group.specs()) {
                Given g = given.get(spec);
                Optional<String> problem = g == null ? Optional.empty() : spec.problem(g.value());
                if (problem.isPresent()) {
                    problems.add(spec.name() + "=" + Abridged.value(g.value()) + " " + problem.get()
                            + ": valid values are " + spec.validValues() + (spec.defaultValue() == null ? ""
                            : " (default: " + spec.defaultValue() + ")") + ". Fix: " + fix(spec, g));
                    badGroups.add(group.prefix());
                }
            }
        }
        // a rule across the settings of a record is its constructor's check, as when Spring binds it
        for (Group group : groups) {
            if (!badGroups.contains(group.prefix()) && group.specs().stream().anyMatch(given::containsKey)) {
                construct(group, given).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** The value of a setting in the first source that gives it (a list may be given element by element). */
    private Given find(SettingSpec spec, List<SettingSource> sources) {
        String wanted = uniform(spec.name());
        for (SettingSource source : sources) {
            if (source.kind() == SettingSource.Kind.ENVIRONMENT) {
                Given g = findVariable(spec, source);
                if (g != null) {
                    return g;
                }
                continue;
            }
            Map<Integer, String> elements = new TreeMap<>();
            String firstKey = null;
            for (Map.Entry<String, String> e : source.values().entrySet()) {
                Matcher index = INDEX.matcher(e.getKey());
                String base = index.find() ? e.getKey().substring(0, index.start()) : e.getKey();
                if (!uniform(base).equals(wanted)) {
                    continue;
                }
                if (base.equals(e.getKey())) {
                    return new Given(e.getKey(), e.getValue(), source);
                }
                elements.put(Integer.valueOf(index.group(1)), e.getValue());
                firstKey = firstKey == null ? e.getKey() : firstKey;
            }
            if (!elements.isEmpty()) {
                return new Given(firstKey, String.join(",", elements.values()), source);
            }
        }
        return null;
    }

    private static Given findVariable(SettingSpec spec, SettingSource source) {
        String variable = spec.environmentVariable();
        String legacy = legacyVariable(spec);
        Map<Integer, String> elements = new TreeMap<>();
        String firstKey = null;
        for (Map.Entry<String, String> e : source.values().entrySet()) {
            String upper = e.getKey().toUpperCase(Locale.ROOT);
            if (upper.equals(variable) || upper.equals(legacy)) {
                return new Given(e.getKey(), e.getValue(), source);
            }
            if (spec.kind() == SettingSpec.Kind.LIST && upper.startsWith(variable + "_")) {
                Matcher element = ELEMENT.matcher(upper.substring(variable.length()));
                if (element.matches()) {
                    elements.put(Integer.valueOf(element.group(1)), e.getValue());
                    firstKey = firstKey == null ? e.getKey() : firstKey;
                }
            }
        }
        return elements.isEmpty() ? null : new Given(firstKey, String.join(",", elements.values()), source);
    }

    private static String fix(SettingSpec spec, Given g) {
        String keep = spec.defaultValue() == null ? "" : ", or leave it out for the default";
        return switch (g.source().kind()) {
            case COMMAND_LINE -> "correct --" + Abridged.value(g.key()) + "=" + Abridged.value(g.value()) + keep;
            case SYSTEM_PROPERTIES -> "correct -D" + Abridged.value(g.key()) + keep;
            case ENVIRONMENT -> "correct the environment variable " + Abridged.value(g.key()) + ", or unset it";
            case FILE -> "correct it in " + g.source().origins().getOrDefault(g.key(), g.source().name());
        };
    }

    /** Builds a group's record from the values given, as Spring would: its constructor checks rules across them. */
    private static Optional<String> construct(Group group, Map<SettingSpec, Given> given) {
        RecordComponent[] components = group.type().getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Given g = given.get(group.specs().get(i));
            String value = g != null ? g.value() : group.declared().get(i);
            arguments[i] = value == null ? null : convert(value, types[i], group.specs().get(i).kind());
            if (arguments[i] == null && types[i].isPrimitive()) {
                return Optional.empty();
            }
        }
        try {
            Constructor<? extends Record> canonical = group.type().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            canonical.newInstance(arguments);
            return Optional.empty();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Optional.of(Abridged.line(cause.getMessage()) + ". Fix: correct the settings of "
                    + group.prefix());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(group.type().getName() + ": cannot be built from its settings", e);
        }
    }

    private static Object convert(String value, Class<?> type, SettingSpec.Kind kind) {
        String v = value.strip();
        if (v.isEmpty() && kind != SettingSpec.Kind.TEXT) {
            return null;
        }
        return switch (kind) {
            case NUMBER -> type == BigDecimal.class ? new BigDecimal(v) : type == Float.class || type == float.class
                    ? (Object) Float.valueOf(v) : Double.valueOf(v);
            case WHOLE_NUMBER -> type == Integer.class || type == int.class ? (Object) Integer.valueOf(v)
                    : Long.valueOf(v);
            case BOOLEAN -> TRUE.contains(v.toLowerCase(Locale.ROOT));
            case LIST -> Arrays.stream(v.split(",")).map(String::strip).toList();
            case TEXT -> value;
        };
    }

    /** Names under our prefix that are no setting, and command-line settings of no known kind. */
    private List<String> unknown(List<SettingSource> sources) {
        List<String> problems = new ArrayList<>();
        Set<String> names = specs.keySet();
        for (SettingSource source : sources) {
            if (source.kind() == SettingSource.Kind.ENVIRONMENT) {
                problems.addAll(unknownVariables(source));
                continue;
            }
            boolean commandLine = source.kind() == SettingSource.Kind.COMMAND_LINE;
            for (String property : source.values().keySet()) {
                String root = (property.contains(".") ? property.substring(0, property.indexOf('.')) : property)
                        .toLowerCase(Locale.ROOT);
                if (root.equals("mep")) {
                    Matcher index = INDEX.matcher(property);
                    String base = index.find() ? property.substring(0, index.start()) : property;
                    if (!uniform.containsKey(uniform(base))) {
                        problems.add("unknown setting " + Abridged.value(property) + " (" + where(source, property)
                                + ")" + Suggestions.didYouMean(property, names, "", "") + ". Fix: correct its name;"
                                + " the README's Configuration lists every setting");
                    }
                } else if (commandLine && !ROOTS.contains(root)) {
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

    /** Environment variables of one of our groups ({@code MEP_RULES_…}) that set no setting. */
    private List<String> unknownVariables(SettingSource environment) {
        List<String> problems = new ArrayList<>();
        Set<String> variables = specs.values().stream().map(SettingSpec::environmentVariable)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> legacy = specs.values().stream().map(Settings::legacyVariable).collect(Collectors.toSet());
        Set<String> groupVariables = new LinkedHashSet<>();
        for (Group g : groups) {
            groupVariables.add(g.prefix().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + "_");
        }
        for (String variable : environment.values().keySet()) {
            String upper = variable.toUpperCase(Locale.ROOT);
            if (groupVariables.stream().anyMatch(upper::startsWith) && !variables.contains(upper)
                    && !legacy.contains(upper) && variables.stream().noneMatch(v -> upper.startsWith(v)
                    && ELEMENT.matcher(upper.substring(v.length())).matches())) {
                problems.add("unknown setting: the environment variable " + Abridged.value(variable) + " sets no"
                        + " setting" + Suggestions.didYouMean(upper, variables, "", "") + ". Fix: correct its name, or"
                        + " unset it; the README's Configuration lists every setting");
            }
        }
        return problems;
    }

    private static String where(SettingSource source, String property) {
        return switch (source.kind()) {
            case COMMAND_LINE -> "--" + Abridged.value(property) + "=…";
            case SYSTEM_PROPERTIES -> "-D" + Abridged.value(property);
            default -> "in " + source.origins().getOrDefault(property, source.name());
        };
    }

    /** A name as Spring Boot compares names: each element in lower case without dashes or underscores. */
    static String uniform(String name) {
        return Arrays.stream(name.split("\\.", -1)).map(e -> e.replace("-", "").replace("_", "")
                .toLowerCase(Locale.ROOT)).collect(Collectors.joining("."));
    }

    /** The environment variable Spring Boot also reads for a setting: without dashes, MEP_RULES_EMPLOYEELIMIT. */
    private static String legacyVariable(SettingSpec spec) {
        return spec.name().toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
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
        if (t == BigDecimal.class || t == Double.class || t == double.class || t == Float.class || t == float.class) {
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

    /** The defaults the canonical constructor's parameters declare with {@code @DefaultValue}, null where none. */
    private static List<String> declaredDefaults(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        List<String> declared = new ArrayList<>();
        try {
            Parameter[] parameters = type.getDeclaredConstructor(types).getParameters();
            for (Parameter p : parameters) {
                DefaultValue d = p.getAnnotation(DefaultValue.class);
                declared.add(d == null || d.value().length == 0 ? null : String.join(",", d.value()));
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
        }
        return declared;
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
            canonical.setAccessible(true);
            return canonical.newInstance(new Object[types.length]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + ": cannot build its defaults", e);
        }
    }

    private static String defaultOf(Record defaults, RecordComponent c, Setting range) {
        Object value = null;
        if (defaults != null) {
            try {
                c.getAccessor().setAccessible(true);
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
