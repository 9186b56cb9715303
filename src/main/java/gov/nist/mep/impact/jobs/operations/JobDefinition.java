package gov.nist.mep.impact.jobs.operations;

import gov.nist.mep.impact.support.Abridged;
import gov.nist.mep.impact.support.BuiltInFolders;
import gov.nist.mep.impact.support.Suggestions;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.scheduling.support.CronExpression;

/**
 * A job definition from {@code jobs/}: which job to run on which extract, where to write, for which fiscal year.
 * Command-line options override it. Unknown keys and bad values fail with the file and key named.
 *
 * @param fiscalYear a year, {@code latest} or {@code all}; null when the job needs none
 */
public record JobDefinition(Path file, String job, Path input, Path output, String fiscalYear, String description,
        String schedule, String reports) {

    static final Set<String> KEYS = new TreeSet<>(List.of("job", "input", "output", "fiscal-year", "description",
            "schedule", "reports"));
    static final Set<String> REPORTS = new TreeSet<>(List.of("annual-report", "impact-report", "center-report"));
    static final Set<String> JOBS = new TreeSet<>(List.of("validate", "annual-report", "impact-report",
            "center-report", "nightly"));
    /** A job's name, looked up in the jobs folder: no folder separator, no leading dot. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    /**
     * Finds a definition by path, or by name in the jobs folder ({@code NAME.properties}). Paths in a definition are
     * relative to the folder that holds its jobs folder; for the built-in definitions, to the working folder.
     */
    public static JobDefinition find(String nameOrPath, Path workingFolder, BuiltInFolders.Location jobs) {
        Path direct;
        try {
            direct = workingFolder.resolve(nameOrPath);
        } catch (InvalidPathException e) {
            throw new UsageException("no job definition '" + Abridged.value(nameOrPath) + "': it is no file name ("
                    + e.getReason() + ")");
        }
        if (Files.isRegularFile(direct)) {
            return load(direct);
        }
        List<String> names = namesIn(jobs.folder());
        String known = " (jobs there: " + (names.isEmpty() ? "none" : String.join(", ", names)) + ")";
        if (!PLAIN_NAME.matcher(nameOrPath).matches()) {
            // a name is looked up in the jobs folder only: '../secret' must not reach a definition outside it
            throw new UsageException("no job definition '" + Abridged.value(nameOrPath) + "': no file " + direct
                    + ", and a job name is a plain name such as annual-report (letters, digits, '.', '-', '_'),"
                    + " looked up in " + jobs.describe() + known + ". Fix: give a job's name, or the path of a"
                    + " definition file that exists");
        }
        Path named = jobs.folder().resolve(nameOrPath + ".properties");
        if (Files.isRegularFile(named)) {
            return jobs.builtIn() ? load(named, workingFolder) : load(named);
        }
        throw new UsageException("no job definition '" + nameOrPath + "': no file " + direct + " and no "
                + nameOrPath + ".properties in " + jobs.describe() + known);
    }

    /** The names of the definitions in a jobs folder. */
    public static List<String> namesIn(Path jobsFolder) {
        try (Stream<Path> files = Files.list(jobsFolder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Loads a definition whose paths are relative to the folder that holds its {@code jobs/} folder. */
    public static JobDefinition load(Path file) {
        return load(file, file.toAbsolutePath().getParent().getParent());
    }

    /** Loads a definition whose paths are relative to {@code base}. */
    public static JobDefinition load(Path file, Path base) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": is not UTF-8 text. Fix: save it as UTF-8");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        Properties p = parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new UsageException(file + ": unknown key '" + Abridged.value(key) + "'"
                        + Suggestions.didYouMean(key, KEYS, "'", "'") + " (known keys: " + String.join(", ", KEYS)
                        + ")");
            }
        }
        String job = p.getProperty("job");
        if (job == null || !JOBS.contains(job.strip())) {
            throw new UsageException(file + ": key 'job' must be one of " + String.join(", ", JOBS) + ", not '"
                    + Abridged.value(job) + "'");
        }
        String year = p.getProperty("fiscal-year");
        if (year != null) {
            checkFiscalYear(year.strip(), file + ": key 'fiscal-year'");
        }
        String schedule = p.getProperty("schedule");
        if (schedule != null) {
            try {
                CronExpression.parse(schedule.strip());
            } catch (IllegalArgumentException e) {
                throw new UsageException(file + ": key 'schedule' is not a cron expression (six fields: second minute"
                        + " hour day-of-month month day-of-week, e.g. '0 30 2 * * *'): " + e.getMessage());
            }
        }
        String reports = p.getProperty("reports");
        if (reports != null) {
            for (String report : reports.split(",")) {
                if (!report.isBlank() && !REPORTS.contains(report.strip())) {
                    throw new UsageException(file + ": key 'reports' names an unknown report '" + report.strip()
                            + "' (reports: " + String.join(", ", REPORTS) + ")");
                }
            }
        }
        return new JobDefinition(file, job.strip(), resolve(base, p.getProperty("input")),
                resolve(base, p.getProperty("output")), year == null ? null : year.strip(),
                p.getProperty("description", ""), schedule == null ? null : schedule.strip(),
                reports == null ? null : reports.replace(" ", ""));
    }

    /**
     * The definition's keys and values, as {@link Properties} reads them, refusing a key given twice (Properties would
     * keep the last silently): each logical line (continued by a trailing backslash) is read on its own.
     */
    private static Properties parse(Path file, String text) {
        Properties all = new Properties();
        Map<String, Integer> lineOf = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length) {
            int first = i;
            String start = lines[i].stripLeading();
            if (start.isEmpty() || start.startsWith("#") || start.startsWith("!")) {
                i++;
                continue;
            }
            StringBuilder logical = new StringBuilder(lines[i]);
            while (continued(lines[i]) && i + 1 < lines.length) {
                i++;
                logical.append('\n').append(lines[i]);
            }
            i++;
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                throw new UsageException(file + " line " + (first + 1) + ": cannot be read (" + e.getMessage() + ")");
            }
            for (String key : one.stringPropertyNames()) {
                Integer before = lineOf.putIfAbsent(key, first + 1);
                if (before != null) {
                    throw new UsageException(file + ": key '" + Abridged.value(key) + "' is given twice, on lines "
                            + before + " and " + (first + 1) + ". Fix: keep one of them");
                }
                all.setProperty(key, one.getProperty(key));
            }
        }
        return all;
    }

    /** A line ending in an odd number of backslashes continues on the next. */
    private static boolean continued(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    public static void checkFiscalYear(String year, String where) {
        if (year.equals("latest") || year.equals("all")) {
            return;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2999) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new UsageException(where + " must be a fiscal year such as 2014, 'latest' or 'all', not '"
                    + Abridged.value(year) + "'");
        }
    }

    /** Paths in a definition are relative to the project folder that holds {@code jobs/}. */
    private static Path resolve(Path base, String value) {
        return value == null || value.isBlank() ? null : base.resolve(value.strip()).normalize();
    }

    public JobDefinition with(Path newInput, Path newOutput, String newYear) {
        return new JobDefinition(file, job, newInput != null ? newInput : input, newOutput != null ? newOutput : output,
                newYear != null ? newYear : fiscalYear, description, schedule, reports);
    }
}
