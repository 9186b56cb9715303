package gov.nist.mep.impact.console;

import gov.nist.mep.impact.ingest.CsvParser;
import gov.nist.mep.impact.ingest.FileKind;
import gov.nist.mep.impact.ingest.RejectsCsv;
import gov.nist.mep.impact.jobs.operations.Failures;
import gov.nist.mep.impact.jobs.operations.RecordedFailures;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The page of one run: parameters, steps, data quality by file kind, rejects by rule and by center with the first
 * ones, the outputs its manifest lists, and the one-line cause and fix of a failure. Rejected values of personal
 * contact columns, and anything in a value or message that looks like an e-mail address or a phone number, are
 * withheld: no personal data reaches a page.
 */
@Service
@ConsoleOnly
class RunService {

    /** Rejects listed on the page; the rest are in rejects.csv. */
    static final int FIRST_REJECTS = 20;
    static final String WITHHELD = "(withheld: personal data)";
    private static final Pattern CONTACT_COLUMN = Pattern.compile("contact_.*");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@,;]+@[^\\s@,;]+");
    private static final Pattern PHONE = Pattern.compile("(\\+\\d{1,3}[ .-]?)?\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]\\d{4}");
    /** The center a file of an extract belongs to: its name starts with the center's id (meis/clients/KS01-a.csv). */
    private static final Pattern CENTER_FILE = Pattern.compile("(?:.*/)?([A-Z]{2}\\d{2})[-_.][^/]*");

    record Parameter(String name, String value) {
    }

    record StepRow(String name, String status, String start, String duration, long read, long written,
            long rejected) {
    }

    record Quality(String kind, long files, long read, long accepted, long superseded, long rejected) {
    }

    record Count(String name, long count) {
    }

    record Reject(String file, String line, String column, String rule, String value, String message) {
    }

    record Rejects(long total, List<Count> byRule, List<Count> byCenter, List<Reject> first) {
    }

    record Run(RunsService.RunRow row, List<Parameter> parameters, List<StepRow> steps, List<Quality> quality,
            Rejects rejects, PublishedOutputs.Outputs outputs, String failure, String exitDescription,
            boolean failed) {
    }

    private final JobRepository repository;
    private final PublishedOutputs published;
    private final String databaseUrl;

    RunService(JobRepository repository, PublishedOutputs published,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.repository = repository;
        this.published = published;
        this.databaseUrl = databaseUrl;
    }

    Optional<JobExecution> execution(long id) {
        return Optional.ofNullable(find(repository, id));
    }

    /** The execution with that id, or null (the JDBC repository throws on an id it does not have). */
    static JobExecution find(JobRepository repository, long id) {
        try {
            return repository.getJobExecution(id);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            return null;
        }
    }

    Optional<Run> run(long id) {
        return execution(id).map(this::run);
    }

    private Run run(JobExecution e) {
        List<Parameter> parameters = new ArrayList<>();
        e.getJobParameters().parameters().stream().sorted(Comparator.comparing(JobParameter::name))
                .forEach(p -> parameters.add(new Parameter(p.name(), String.valueOf(p.value()))));
        PublishedOutputs.Outputs outputs = published.of(e);
        boolean failed = e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED
                || e.getStatus() == BatchStatus.ABANDONED || e.getStatus() == BatchStatus.UNKNOWN;
        return new Run(RunsService.row(e), parameters, steps(e), quality(outputs), rejects(outputs),
                outputs, failed ? failure(e) : null, null, failed);
    }

    /** The steps in order; the partitioned ingest's units are summed into one row. */
    static List<StepRow> steps(JobExecution e) {
        List<StepRow> rows = new ArrayList<>();
        List<StepExecution> partitions = new ArrayList<>();
        for (StepExecution s : e.getStepExecutions().stream().sorted(Comparator.comparingLong(StepExecution::getId))
                .toList()) {
            if (s.getStepName().startsWith(RunsService.PARTITION_STEP_PREFIX)) {
                partitions.add(s);
                continue;
            }
            rows.add(new StepRow(s.getStepName(), s.getStatus().name(), RunsService.time(s.getStartTime()),
                    RunsService.duration(s.getStartTime(), s.getEndTime()), s.getReadCount(), s.getWriteCount(),
                    s.getFilterCount()));
            if (s.getStepName().equals(RunsService.FILES_STEP) && !partitions.isEmpty()) {
                rows.add(units(partitions));
                partitions.clear();
            }
        }
        if (!partitions.isEmpty()) {
            rows.add(units(partitions));
        }
        return rows;
    }

    private static StepRow units(List<StepExecution> partitions) {
        long done = partitions.stream().filter(s -> s.getStatus() == BatchStatus.COMPLETED).count();
        return new StepRow("  " + partitions.size() + " units staged (" + done + " completed)", partitions.stream()
                .anyMatch(s -> s.getStatus().isRunning()) ? "STARTED" : partitions.get(0).getStatus().name(), "", "",
                partitions.stream().mapToLong(StepExecution::getReadCount).sum(),
                partitions.stream().mapToLong(StepExecution::getWriteCount).sum(),
                partitions.stream().mapToLong(StepExecution::getFilterCount).sum());
    }

    /** The first failing step's cause, as the command line prints it (one line with the fix). */
    private String failure(JobExecution e) {
        List<String> descriptions = new ArrayList<>();
        e.getStepExecutions().stream().sorted(Comparator.comparingLong(StepExecution::getId))
                .filter(s -> s.getStatus() == BatchStatus.FAILED)
                .forEach(s -> descriptions.add(s.getExitStatus().getExitDescription()));
        descriptions.add(e.getExitStatus().getExitDescription());
        for (String d : descriptions) {
            Failures.Explained explained = RecordedFailures.explain(d, databaseUrl);
            if (explained != null) {
                return explained.line();
            }
        }
        return e.getStatus().isRunning() ? null : "the run ended " + e.getStatus() + " without a recorded cause";
    }

    /** Records by file kind, from the run's data-quality.json (validate) or the dataQuality of its metrics JSON. */
    private List<Quality> quality(PublishedOutputs.Outputs outputs) {
        JsonNode files = null;
        Optional<Path> dq = published.file(outputs, "data-quality.json");
        if (dq.isPresent()) {
            JsonNode root = PublishedOutputs.read(dq.get());
            files = root == null ? null : root.path("files");
        } else {
            for (PublishedOutputs.Output o : outputs.files()) {
                if (o.file().matches("metrics-FY\\d+\\.json")) {
                    JsonNode root = published.file(outputs, o.file()).map(PublishedOutputs::read).orElse(null);
                    files = root == null ? null : root.path("dataQuality").path("files");
                    break;
                }
            }
        }
        Map<String, long[]> byKind = new LinkedHashMap<>();
        for (FileKind kind : FileKind.values()) {
            byKind.put(kind.label(), new long[5]);
        }
        if (files == null) {
            return List.of();
        }
        for (JsonNode f : files) {
            FileKind kind = FileKind.ofRelativePath(f.path("file").asString());
            long[] sums = byKind.computeIfAbsent(kind == null ? "other" : kind.label(), k -> new long[5]);
            sums[0]++;
            sums[1] += f.path("read").asLong();
            sums[2] += f.path("accepted").asLong();
            sums[3] += f.path("superseded").asLong();
            sums[4] += f.path("rejected").asLong();
        }
        List<Quality> rows = new ArrayList<>();
        byKind.forEach((k, s) -> {
            if (s[0] > 0) {
                rows.add(new Quality(k, s[0], s[1], s[2], s[3], s[4]));
            }
        });
        return rows;
    }

    /** Rejects by rule and by center and the first ones, from the run's rejects.csv. */
    private Rejects rejects(PublishedOutputs.Outputs outputs) {
        Optional<Path> file = published.file(outputs, RejectsCsv.FILE_NAME);
        if (file.isEmpty()) {
            return null;
        }
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, Long> byCenter = new TreeMap<>();
        List<Reject> first = new ArrayList<>();
        long total = 0;
        try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            CsvParser csv = new CsvParser(in);
            List<String> header = csv.next();
            if (header == null) {
                return new Rejects(0, List.of(), List.of(), List.of());
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() < 6) {
                    continue;
                }
                total++;
                byRule.merge(row.get(3), 1L, Long::sum);
                byCenter.merge(centerOf(row.get(0)), 1L, Long::sum);
                if (first.size() < FIRST_REJECTS) {
                    first.add(reject(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.get(), e);
        }
        return new Rejects(total, counts(byRule), counts(byCenter), first);
    }

    private static List<Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(c -> new Count(c.getKey(), c.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::name)).toList();
    }

    static String centerOf(String file) {
        Matcher m = CENTER_FILE.matcher(file);
        return m.matches() && file.contains("/") ? m.group(1) : "(files of every center)";
    }

    /** A reject as shown: a contact column's value and message withheld, e-mail- or phone-like text masked. */
    static Reject reject(List<String> row) {
        boolean contact = CONTACT_COLUMN.matcher(row.get(2).toLowerCase(Locale.ROOT)).matches();
        return new Reject(row.get(0), row.get(1), row.get(2), row.get(3), contact ? WITHHELD : mask(row.get(4)),
                contact ? WITHHELD : mask(row.get(5)));
    }

    static String mask(String text) {
        String masked = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(WITHHELD));
        return PHONE.matcher(masked).replaceAll(Matcher.quoteReplacement(WITHHELD));
    }
}
