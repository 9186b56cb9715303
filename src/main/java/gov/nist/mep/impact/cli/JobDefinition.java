package gov.nist.mep.impact.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.scheduling.support.CronExpression;

/**
 * A job definition from {@code jobs/}: which job to run on which extract, where to write, for which fiscal year.
 * Command-line options override it. Unknown keys and bad values fail with the file and key named.
 *
 * @param fiscalYear a year, {@code latest} or {@code all}; null when the job needs none
 */
record JobDefinition(Path file, String job, Path input, Path output, String fiscalYear, String description,
        String schedule, String reports) {

    static final Set<String> KEYS = new TreeSet<>(List.of("job", "input", "output", "fiscal-year", "description",
            "schedule", "reports"));
    static final Set<String> REPORTS = new TreeSet<>(List.of("annual-report", "impact-report", "center-report"));
    static final Set<String> JOBS = new TreeSet<>(List.of("validate", "annual-report", "impact-report",
            "center-report", "nightly"));

    /** Finds a definition by name ({@code jobs/NAME.properties} under the working folder) or by path. */
    static Path locate(String nameOrPath, Path workingFolder) {
        Path direct = workingFolder.resolve(nameOrPath);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        Path named = workingFolder.resolve("jobs").resolve(nameOrPath + ".properties");
        if (Files.isRegularFile(named)) {
            return named;
        }
        throw new UsageException("no job definition '" + nameOrPath + "': looked for " + direct + " and " + named);
    }

    static JobDefinition load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new UsageException(file + ": unknown key '" + key + "' (known keys: " + String.join(", ", KEYS)
                        + ")");
            }
        }
        String job = p.getProperty("job");
        if (job == null || !JOBS.contains(job.strip())) {
            throw new UsageException(file + ": key 'job' must be one of " + String.join(", ", JOBS) + ", not '"
                    + job + "'");
        }
        Path base = file.toAbsolutePath().getParent().getParent();
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

    static void checkFiscalYear(String year, String where) {
        if (year.equals("latest") || year.equals("all")) {
            return;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2999) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new UsageException(where + " must be a fiscal year such as 2014, 'latest' or 'all', not '" + year
                    + "'");
        }
    }

    /** Paths in a definition are relative to the project folder that holds {@code jobs/}. */
    private static Path resolve(Path base, String value) {
        return value == null || value.isBlank() ? null : base.resolve(value.strip()).normalize();
    }

    JobDefinition with(Path newInput, Path newOutput, String newYear) {
        return new JobDefinition(file, job, newInput != null ? newInput : input, newOutput != null ? newOutput : output,
                newYear != null ? newYear : fiscalYear, description, schedule, reports);
    }
}
