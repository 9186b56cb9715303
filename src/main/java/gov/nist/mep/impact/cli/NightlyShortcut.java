package gov.nist.mep.impact.cli;

import gov.nist.mep.impact.jobs.operations.JobRunner;
import gov.nist.mep.impact.ingest.ExtractFingerprint;
import gov.nist.mep.impact.ingest.ExtractLayout;
import gov.nist.mep.impact.jobs.JobParameterNames;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The unchanged-input check of {@code nightly}, done before the application starts: when the output folder's
 * manifest says its outputs were published by {@code nightly} of this same software version, with the same parameters
 * and the same extract fingerprint (SHA-256 over every file's name and bytes), nothing can change and the run ends
 * in the time it takes to hash the extract. Anything else (no manifest, another job, a changed file, a run in
 * progress on the folder) goes the normal way, where the job repository decides.
 */
final class NightlyShortcut {

    private NightlyShortcut() {
    }

    /** True (having said so) when the published outputs already stand for this extract. */
    static boolean unchanged(Path input, Path output, List<Integer> fiscalYears, String reports, PrintStream out)
            throws IOException {
        Path manifest = output.resolve("manifest.json");
        if (!Files.isRegularFile(manifest) || !Files.isDirectory(input)) {
            return false;
        }
        JsonNode published;
        try {
            published = new ObjectMapper().readTree(manifest.toFile());
        } catch (JacksonException e) {
            return false;
        }
        if (!SoftwareVersion.current().equals(published.path("software").path("version").stringValue(null))) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(output.resolve(JobRunner.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = JobRunner.tryLock(channel);
            if (lock == null) {
                return false;
            }
            try {
                ExtractLayout layout = ExtractLayout.scan(input);
                Map<String, String> wanted = new LinkedHashMap<>();
                wanted.put("job", "nightly");
                wanted.put(JobParameterNames.INPUT, input.toString());
                wanted.put(JobParameterNames.OUTPUT, output.toString());
                wanted.put(JobParameterNames.FISCAL_YEARS, JobRunner.yearsParameter(fiscalYears));
                wanted.put(JobParameterNames.REPORTS, reports);
                JsonNode parameters = published.path("parameters");
                for (Map.Entry<String, String> p : wanted.entrySet()) {
                    if (!Objects.equals(p.getValue(), parameters.path(p.getKey()).stringValue(null))) {
                        return false;
                    }
                }
                String fingerprint = ExtractFingerprint.of(layout);
                if (!fingerprint.equals(parameters.path(JobParameterNames.FINGERPRINT).stringValue(null))) {
                    return false;
                }
                JobRunner.warnIgnored(layout, out);
                out.println("nightly: no input file changed since the outputs in " + output + " were published"
                        + " (manifest.json: same SHA-256 over every file of " + input + ", same parameters, same"
                        + " software version). Nothing to do; the outputs published in " + output + " stand.");
                return true;
            } finally {
                lock.release();
            }
        }
    }
}
