package gov.nist.mep.impact.cli;

import gov.nist.mep.impact.jobs.operations.JobRunner;
import gov.nist.mep.impact.jobs.operations.PublishSettings;
import gov.nist.mep.impact.ingest.ExtractFingerprint;
import gov.nist.mep.impact.ingest.ExtractLayout;
import gov.nist.mep.impact.jobs.JobParameterNames;
import gov.nist.mep.impact.jobs.RunSettings;
import gov.nist.mep.impact.support.Publisher;
import gov.nist.mep.impact.support.SoftwareVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.env.Environment;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The unchanged-input check of {@code nightly}, done before the application starts: when the output folder's
 * manifest says its outputs were published by {@code nightly} of this same software version, with the same parameters,
 * the same settings that change an output (and templates), the same extract fingerprint (SHA-256 over every file's
 * name and bytes), and every output it lists is in the folder with its size and SHA-256, nothing can change and the
 * run ends in the time it takes to hash the extract and the outputs. Anything else (no manifest, another job, a changed
 * file or setting, an output deleted or altered by hand, a run in progress on the folder) goes the normal way, where
 * the job repository decides.
 */
final class NightlyShortcut {

    /**
     * What the check found.
     *
     * @param unchanged true when nothing is to be done (said on the console)
     * @param hashed the extract as hashed, for the run to use instead of reading it again, or null
     */
    record Check(boolean unchanged, ExtractFingerprint.Hashed hashed) {
    }

    private NightlyShortcut() {
    }

    static Check check(Path input, Path output, List<Integer> fiscalYears, String reports, Environment settings,
            PrintStream out) throws IOException {
        Path manifest = output.resolve("manifest.json");
        if (!Files.isDirectory(input) || !Files.isDirectory(output)) {
            return new Check(false, null);
        }
        try (FileChannel channel = FileChannel.open(output.resolve(JobRunner.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = JobRunner.tryLock(channel);
            if (lock == null) {
                return new Check(false, null);
            }
            try {
                Publisher.recover(output, PublishSettings.historyKeep(settings));
                JsonNode published = read(manifest);
                if (published == null
                        || !SoftwareVersion.current().equals(published.path("software").path("version")
                                .stringValue(null))) {
                    return new Check(false, null);
                }
                Map<String, String> wanted = new LinkedHashMap<>();
                wanted.put("job", "nightly");
                wanted.put(JobParameterNames.INPUT, input.toString());
                wanted.put(JobParameterNames.OUTPUT, output.toString());
                wanted.put(JobParameterNames.FISCAL_YEARS, JobRunner.yearsParameter(fiscalYears));
                wanted.put(JobParameterNames.REPORTS, reports);
                wanted.put(JobParameterNames.SETTINGS, settingsFingerprint(settings, reports));
                JsonNode parameters = published.path("parameters");
                for (Map.Entry<String, String> p : wanted.entrySet()) {
                    if (!Objects.equals(p.getValue(), parameters.path(p.getKey()).stringValue(null))) {
                        return new Check(false, null);
                    }
                }
                ExtractLayout layout = ExtractLayout.scan(input);
                ExtractFingerprint.Hashed hashed = ExtractFingerprint.hash(layout);
                if (!hashed.fingerprint().equals(parameters.path(JobParameterNames.FINGERPRINT).stringValue(null))
                        || Publisher.difference(output).isPresent()) {
                    return new Check(false, hashed);
                }
                JobRunner.warnIgnored(layout, out);
                out.println("nightly: no input file changed since the outputs in " + output + " were published"
                        + " (manifest.json: same SHA-256 over every file of " + input + ", same parameters and"
                        + " settings, same software version; every output there with its size and SHA-256)."
                        + " Nothing to do; the outputs published in " + output + " stand.");
                return new Check(true, hashed);
            } finally {
                lock.release();
            }
        }
    }

    private static JsonNode read(Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return new ObjectMapper().readTree(manifest.toFile());
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The run's settings fingerprint, or null (no shortcut) when the settings cannot be read: the run says why. */
    private static String settingsFingerprint(Environment settings, String reports) {
        try {
            return RunSettings.of(settings, RunSettings.rendersReports("nightly", reports)).fingerprint();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
