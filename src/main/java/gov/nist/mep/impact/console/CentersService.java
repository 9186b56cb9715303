package gov.nist.mep.impact.console;

import gov.nist.mep.impact.jobs.JobParameterNames;
import gov.nist.mep.impact.support.Publisher;
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
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The Centers page: data quality by center (rejected share, late project reports, survey response rate) across the
 * runs of an output folder, from the {@code centerOversight} section of the folder's metrics: the version published
 * now and the versions earlier runs published (kept under {@code history/}), with links to each center's feedback
 * workbook and center report when the run published them. Output folders are named in requests by a hash of their
 * path, never by the path.
 *
 * <p>Which run published which version: a run records in its execution context the outputs it published (changed)
 * and the {@code history/} folder where it kept the ones it replaced. So the newest run that published the metrics
 * file published the version in the folder; the one it replaced, kept in its history folder, is the version of the
 * run that published the file before it; and so on. A run that made the file with the same bytes published nothing
 * new and is no column of its own.
 */
@Service
@ConsoleOnly
class CentersService {

    /** Versions shown: the current one and up to this many earlier ones. */
    static final int VERSIONS = 4;
    /** Output folders offered (those of the newest runs). */
    static final int FOLDERS = 50;
    /** Executions of a folder looked at for the versions of its metrics. */
    static final int RUNS = 200;
    private static final Pattern METRICS = Pattern.compile("metrics-FY(\\d+)\\.json");

    record Folder(String key, String path) {
    }

    /**
     * A version of the year's metrics: the run that published it (null when no recorded run did), when that run
     * started, and whether it is the version in the folder now.
     */
    record Version(Long runId, String started, boolean current) {

        public String label() {
            return runId == null ? "an earlier run" : "run " + runId;
        }
    }

    /** A figure of a center in one version; {@code flag} says, in words, how it crossed its threshold, or is null. */
    record Value(String text, String flag) {
    }

    /** A marker of an earlier version's rejected share on the chart, where it is drawn. */
    record Marker(int x) {
    }

    record CenterRow(String centerId, String hostType, List<Value> rejectedShares, List<Value> lateReports,
            List<Value> responseRates, String feedback, String report, int barWidth, boolean flagged,
            List<Marker> earlier) {
    }

    record Centers(List<Folder> folders, Folder folder, Long runId, List<Integer> years, Integer year,
            List<Version> versions, List<CenterRow> rows, String threshold, int thresholdX, String note) {
    }

    /** Bars of the chart are at most this wide (SVG user units), and start this far from the left. */
    static final int BAR = 300;
    static final int CHART_LEFT = 60;

    /** A version of the metrics file found for a run: the run (null when unknown) and the file. */
    record Found(ExecutionIndex.Summary run, Path file) {
    }

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
            return empty(folders, null, null, List.of(), null, "No run has written an output folder yet.");
        }
        Folder folder = folders.stream().filter(f -> f.key().equals(folderKey)).findFirst().orElse(folders.get(0));
        List<Long> ids = index.ofOutput(folder.path(), RUNS);
        Optional<JobExecution> owner = ids.stream().limit(50).map(id -> RunService.find(repository, id))
                .filter(e -> e != null && e.getStatus() == BatchStatus.COMPLETED && published.of(e).own()).findFirst();
        if (owner.isEmpty()) {
            return empty(folders, folder, null, List.of(), null, "No completed run's outputs are published in this"
                    + " folder.");
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
            return empty(folders, folder, runId, List.of(), null, "The outputs in this folder have no metrics (a"
                    + " validate run): run center-report, annual-report or nightly.");
        }
        int y = year != null && years.contains(year) ? year : years.last();
        String name = "metrics-FY" + y + ".json";
        JsonNode metrics = published.file(outputs, name).map(PublishedOutputs::read).orElse(null);
        if (metrics == null || !metrics.path("centerOversight").path("centers").isArray()) {
            return empty(folders, folder, runId, List.copyOf(years), y, name + " has no center figures.");
        }
        List<Found> found = versions(index.of(ids), name, outputs.folder(), VERSIONS);
        List<Version> versions = new ArrayList<>();
        List<JsonNode> oversights = new ArrayList<>();
        versions.add(new Version(found.isEmpty() || found.get(0).run() == null ? runId : found.get(0).run().id(),
                found.isEmpty() || found.get(0).run() == null ? RunsService.time(owner.get().getStartTime())
                        : RunsService.time(found.get(0).run().start()), true));
        oversights.add(metrics.path("centerOversight"));
        for (Found f : found.subList(Math.min(1, found.size()), found.size())) {
            JsonNode earlier = PublishedOutputs.read(f.file());
            if (earlier == null) {
                break;
            }
            versions.add(new Version(f.run() == null ? null : f.run().id(), f.run() == null ? ""
                    : RunsService.time(f.run().start()), false));
            oversights.add(earlier.path("centerOversight"));
        }
        return table(folders, folder, runId, List.copyOf(years), y, versions, oversights, outputs);
    }

    private static Centers empty(List<Folder> folders, Folder folder, Long runId, List<Integer> years, Integer year,
            String note) {
        return new Centers(folders, folder, runId, years, year, List.of(), List.of(), null, 0, note);
    }

    /** The table and chart: a row per center of the current version, a column per version of each figure. */
    private static Centers table(List<Folder> folders, Folder folder, long runId, List<Integer> years, int year,
            List<Version> versions, List<JsonNode> oversights, PublishedOutputs.Outputs outputs) {
        JsonNode now = oversights.get(0);
        double threshold = now.path("thresholds").path("rejectedShareAbove").asDouble(Double.NaN);
        double max = Double.isNaN(threshold) ? 0 : threshold;
        for (JsonNode oversight : oversights) {
            for (JsonNode c : oversight.path("centers")) {
                max = Math.max(max, value(c, "rejectedShare"));
            }
        }
        List<CenterRow> rows = new ArrayList<>();
        for (JsonNode c : now.path("centers")) {
            String id = c.path("centerId").asString();
            List<Value> rejected = new ArrayList<>();
            List<Value> late = new ArrayList<>();
            List<Value> response = new ArrayList<>();
            List<Marker> markers = new ArrayList<>();
            for (int i = 0; i < oversights.size(); i++) {
                JsonNode center = i == 0 ? c : find(oversights.get(i), id);
                rejected.add(new Value(share(center, "rejectedShare"), flag(center, "rejectedShare")));
                late.add(new Value(late(center), flag(center, "lateShare")));
                response.add(new Value(share(center, "responseRate"), flag(center, "responseRate")));
                if (i > 0 && center != null && center.path("figures").path("rejectedShare").path("value")
                        .isNumber()) {
                    markers.add(new Marker(CHART_LEFT + width(value(center, "rejectedShare"), max)));
                }
            }
            String feedback = "center-feedback/" + id + "-FY" + year + ".xlsx";
            String report = "center-reports/" + id + "-FY" + year + ".pdf";
            rows.add(new CenterRow(id, c.path("hostType").asString(""), rejected, late, response,
                    outputs.has(feedback) ? feedback : null, outputs.has(report) ? report : null,
                    width(value(c, "rejectedShare"), max), rejected.get(0).flag() != null, markers));
        }
        return new Centers(folders, folder, runId, years, year, List.copyOf(versions), rows,
                Double.isNaN(threshold) ? null : percent(threshold),
                Double.isNaN(threshold) || max <= 0 ? 0 : width(threshold, max), null);
    }

    /**
     * The versions of a metrics file across the runs of its output folder, newest first, at most {@code max}: the
     * file in the folder, published by the newest completed run that published the file; then the version that run
     * replaced (kept in its history folder), published by the run that published the file before it; and so on
     * while the history folders keep it. The run of a version is null when no execution listed published it.
     *
     * @param runs the executions of the output folder, newest first
     */
    static List<Found> versions(List<ExecutionIndex.Summary> runs, String name, Path output, int max) {
        List<ExecutionIndex.Summary> publishers = runs.stream().filter(r -> r.status() == BatchStatus.COMPLETED)
                .filter(r -> List.of(r.context().getString(JobParameterNames.PUBLISHED, "").split(","))
                        .contains(name)).toList();
        Path folder = output.toAbsolutePath().normalize();
        List<Found> versions = new ArrayList<>();
        versions.add(new Found(publishers.isEmpty() ? null : publishers.get(0), folder.resolve(name)));
        Path history = folder.resolve(Publisher.HISTORY);
        for (int i = 0; i < publishers.size() && versions.size() < max; i++) {
            String kept = publishers.get(i).context().getString(JobParameterNames.HISTORY, "");
            Path file = kept.isEmpty() ? null : folder.resolve(kept).resolve(name).normalize();
            if (file == null || !file.startsWith(history) || !Files.isRegularFile(file)) {
                break;
            }
            versions.add(new Found(i + 1 < publishers.size() ? publishers.get(i + 1) : null, file));
        }
        return versions;
    }

    private static int width(double share, double max) {
        return max <= 0 ? 0 : (int) Math.round(BAR * share / max);
    }

    private static JsonNode find(JsonNode oversight, String centerId) {
        for (JsonNode c : oversight.path("centers")) {
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

    /** How the center's figure crossed its threshold in that version, in words, or null. */
    private static String flag(JsonNode center, String figure) {
        if (center == null) {
            return null;
        }
        for (JsonNode f : center.path("flags")) {
            if (figure.equals(f.path("figure").asString(null))) {
                String rule = f.path("rule").asString("");
                return rule.startsWith("BELOW") ? "below the threshold" : "above the threshold";
            }
        }
        return null;
    }

    private static String share(JsonNode center, String figure) {
        if (center == null) {
            return "–";
        }
        JsonNode v = center.path("figures").path(figure).path("value");
        return v.isNumber() ? percent(v.asDouble()) : "–";
    }

    /** Late project reports, and their share of the center's completed projects. */
    private static String late(JsonNode center) {
        if (center == null) {
            return "–";
        }
        JsonNode n = center.path("figures").path("lateProjectReports").path("value");
        if (!n.isNumber()) {
            return "–";
        }
        JsonNode share = center.path("figures").path("lateShare").path("value");
        return String.format(Locale.US, "%,d", n.asLong()) + (share.isNumber() ? " (" + percent(share.asDouble())
                + ")" : "");
    }

    static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }
}
