package gov.nist.mep.impact.console;

import gov.nist.mep.impact.support.Publisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The Centers page: data quality by center (rejected share, late project reports, survey response rate) from the
 * {@code centerOversight} section of an output folder's metrics, as published now and as the earlier runs on the
 * folder published it (the versions kept under {@code history/}), with links to each center's feedback workbook and
 * center report when the run published them. Output folders are named in requests by a hash of their path, never by
 * the path.
 */
@Service
@ConsoleOnly
class CentersService {

    /** Earlier versions shown per center. */
    static final int EARLIER = 4;
    /** Output folders offered (those of the newest runs). */
    static final int FOLDERS = 50;
    private static final Pattern METRICS = Pattern.compile("metrics-FY(\\d+)\\.json");

    record Folder(String key, String path) {
    }

    record CenterRow(String centerId, String hostType, String rejectedShare, String lateShare, String lateReports,
            String responseRate, List<String> earlierRejectedShares, String feedback, String report, int barWidth,
            int labelX, boolean flagged) {
    }

    record Centers(List<Folder> folders, Folder folder, Long runId, List<Integer> years, Integer year,
            List<CenterRow> rows, String threshold, int thresholdX, String note, int earlierRuns) {
    }

    /** Bars of the chart are at most this wide (SVG user units), and start this far from the left. */
    static final int BAR = 300;
    static final int CHART_LEFT = 60;

    private final ExecutionIndex index;
    private final JobRepository repository;
    private final PublishedOutputs published;

    CentersService(ExecutionIndex index, JobRepository repository, PublishedOutputs published) {
        this.index = index;
        this.repository = repository;
        this.published = published;
    }

    static String key(String path) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(path.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Centers centers(String folderKey, Integer year) {
        List<Folder> folders = index.outputFolders(FOLDERS).stream().map(p -> new Folder(key(p), p)).toList();
        if (folders.isEmpty()) {
            return new Centers(folders, null, null, List.of(), null, List.of(), null, 0, "No run has written an output"
                    + " folder yet.", 0);
        }
        Folder folder = folders.stream().filter(f -> f.key().equals(folderKey)).findFirst().orElse(folders.get(0));
        Optional<JobExecution> owner = index.ofOutput(folder.path(), 50).stream().map(id -> RunService.find(repository, id))
                .filter(e -> e != null && e.getStatus() == BatchStatus.COMPLETED && published.of(e).own()).findFirst();
        if (owner.isEmpty()) {
            return new Centers(folders, folder, null, List.of(), null, List.of(), null, 0, "No completed run's outputs"
                    + " are published in this folder.", 0);
        }
        PublishedOutputs.Outputs outputs = published.of(owner.get());
        TreeSet<Integer> years = new TreeSet<>();
        for (PublishedOutputs.Output o : outputs.files()) {
            Matcher m = METRICS.matcher(o.file());
            if (m.matches()) {
                years.add(Integer.valueOf(m.group(1)));
            }
        }
        long runId = owner.get().getId();
        if (years.isEmpty()) {
            return new Centers(folders, folder, runId, List.of(), null, List.of(), null, 0, "The outputs in this"
                    + " folder have no metrics (a validate run): run center-report, annual-report or nightly.", 0);
        }
        int y = year != null && years.contains(year) ? year : years.last();
        String name = "metrics-FY" + y + ".json";
        JsonNode metrics = published.file(outputs, name).map(PublishedOutputs::read).orElse(null);
        JsonNode oversight = metrics == null ? null : metrics.path("centerOversight");
        if (oversight == null || !oversight.path("centers").isArray()) {
            return new Centers(folders, folder, runId, List.copyOf(years), y, List.of(), null, 0, name + " has no"
                    + " center figures.", 0);
        }
        List<JsonNode> earlier = earlierVersions(outputs.folder(), name);
        double threshold = oversight.path("thresholds").path("rejectedShareAbove").asDouble(Double.NaN);
        double max = Double.isNaN(threshold) ? 0 : threshold;
        for (JsonNode c : oversight.path("centers")) {
            max = Math.max(max, value(c, "rejectedShare"));
        }
        List<CenterRow> rows = new ArrayList<>();
        for (JsonNode c : oversight.path("centers")) {
            String id = c.path("centerId").asString();
            List<String> before = new ArrayList<>();
            for (JsonNode version : earlier) {
                before.add(share(find(version, id), "rejectedShare"));
            }
            double rejected = value(c, "rejectedShare");
            String feedback = "center-feedback/" + id + "-FY" + y + ".xlsx";
            String report = "center-reports/" + id + "-FY" + y + ".pdf";
            rows.add(new CenterRow(id, c.path("hostType").asString(""), share(c, "rejectedShare"),
                    share(c, "lateShare"), number(c, "lateProjectReports"), share(c, "responseRate"), before,
                    outputs.has(feedback) ? feedback : null, outputs.has(report) ? report : null,
                    width(rejected, max), labelX(width(rejected, max), threshold, max),
                    !Double.isNaN(threshold) && rejected > threshold));
        }
        return new Centers(folders, folder, runId, List.copyOf(years), y, rows,
                Double.isNaN(threshold) ? null : percent(threshold),
                Double.isNaN(threshold) || max <= 0 ? 0 : (int) Math.round(BAR * threshold / max), null, earlier.size());
    }

    private static int width(double share, double max) {
        return max <= 0 ? 0 : (int) Math.round(BAR * share / max);
    }

    /** Where a bar's value is written: after the bar, and clear of the threshold line when the bar ends near it. */
    private static int labelX(int barWidth, double threshold, double max) {
        int x = CHART_LEFT + barWidth + 6;
        if (!Double.isNaN(threshold)) {
            int line = CHART_LEFT + width(threshold, max);
            if (x <= line + 4 && x + 50 >= line) {
                x = line + 6;
            }
        }
        return x;
    }

    /** The versions of a metrics file that earlier runs published and later ones replaced, newest first. */
    private static List<JsonNode> earlierVersions(Path output, String name) {
        Path history = output.resolve(Publisher.HISTORY);
        if (!Files.isDirectory(history)) {
            return List.of();
        }
        List<JsonNode> versions = new ArrayList<>();
        try (Stream<Path> folders = Files.list(history)) {
            for (Path f : folders.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList()) {
                JsonNode v = PublishedOutputs.read(f.resolve(name));
                if (v != null) {
                    versions.add(v);
                    if (versions.size() == EARLIER) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    private static JsonNode find(JsonNode metrics, String centerId) {
        for (JsonNode c : metrics.path("centerOversight").path("centers")) {
            if (centerId.equals(c.path("centerId").asString(null))) {
                return c;
            }
        }
        return null;
    }

    private static double value(JsonNode center, String figure) {
        JsonNode v = center.path("figures").path(figure).path("value");
        return v.isNumber() ? v.asDouble() : 0;
    }

    private static String share(JsonNode center, String figure) {
        if (center == null) {
            return "–";
        }
        JsonNode v = center.path("figures").path(figure).path("value");
        return v.isNumber() ? percent(v.asDouble()) : "–";
    }

    private static String number(JsonNode center, String figure) {
        JsonNode v = center.path("figures").path(figure).path("value");
        return v.isNumber() ? String.format(Locale.US, "%,d", v.asLong()) : "–";
    }

    static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }
}
