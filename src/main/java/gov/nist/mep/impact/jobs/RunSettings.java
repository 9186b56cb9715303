package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.economy.EconomyAssumptions;
import gov.nist.mep.impact.metrics.OversightThresholds;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.support.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The settings that change an output, with their effective values: every {@code mep.rules.*},
 * {@code mep.economy.*} and {@code mep.oversight.*} setting (defaults included) and, for a run that renders reports,
 * the SHA-256 of the report templates used. Their fingerprint is part of a run's identity (a changed setting is a new
 * run, never the restart of a run with other settings) and of the manifest (the nightly's unchanged-input check).
 * Settings that change only the speed ({@code mep.staging.*}, {@code mep.ingest.threads}, pools) are not in it.
 *
 * <p>The values are read by binding the same property classes the application binds, from any Spring
 * {@link Environment}: the application's, or the one the command line builds before the application starts.
 *
 * @param values setting name to value, sorted
 * @param fingerprint SHA-256 over the values
 */
public record RunSettings(SortedMap<String, String> values, String fingerprint) {

    /** The key of the templates' SHA-256 among the values. */
    public static final String TEMPLATES = "report templates (SHA-256)";
    /** The setting that names the report templates folder. */
    public static final String TEMPLATES_SETTING = "mep.reports.templates";

    /** The settings of a run, from an environment; {@code rendersReports} adds the templates. */
    public static RunSettings of(Environment environment, boolean rendersReports) {
        Binder binder = Binder.get(environment);
        SortedMap<String, String> values = new TreeMap<>();
        add(values, "mep.rules", binder.bindOrCreate("mep.rules", ProgramRules.class));
        add(values, "mep.economy", binder.bindOrCreate("mep.economy", EconomyAssumptions.class));
        add(values, "mep.oversight", binder.bindOrCreate("mep.oversight", OversightThresholds.class));
        if (rendersReports) {
            values.put(TEMPLATES, templatesFingerprint(templatesFolder(environment.getProperty(TEMPLATES_SETTING,
                    ""))));
        }
        String lines = values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        return new RunSettings(java.util.Collections.unmodifiableSortedMap(values), Sha256.of(lines));
    }

    /** Whether a job renders reports: the report jobs, and nightly when it names some. */
    public static boolean rendersReports(String job, String reports) {
        return ReportRenderers.KNOWN.contains(job) || reports != null && !reports.isBlank();
    }

    /** The templates folder the renderers use for that setting. */
    static Path templatesFolder(String setting) {
        return ReportRenderers.templatesLocation(setting).folder();
    }

    /** SHA-256 over every file of the folder: its relative path and the SHA-256 of its bytes, in path order. */
    static String templatesFingerprint(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            MessageDigest all = Sha256.digest();
            for (Path f : files) {
                all.update(folder.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                all.update((byte) 0);
                all.update(Sha256.ofFile(f).getBytes(StandardCharsets.US_ASCII));
                all.update((byte) 0);
            }
            return Sha256.hex(all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report templates in " + folder, e);
        }
    }

    /** One line per component of a settings record, named as the setting is ({@code mep.rules.employee-limit}). */
    private static void add(Map<String, String> values, String prefix, Record settings) {
        for (RecordComponent c : settings.getClass().getRecordComponents()) {
            try {
                values.put(prefix + "." + kebab(c.getName()), text(c.getAccessor().invoke(settings)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + prefix + "." + c.getName(), e);
            }
        }
    }

    private static String kebab(String name) {
        StringBuilder s = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                s.append('-').append(Character.toLowerCase(ch));
            } else {
                s.append(ch);
            }
        }
        return s.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(RunSettings::text).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}
