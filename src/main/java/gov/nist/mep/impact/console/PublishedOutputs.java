package gov.nist.mep.impact.console;

import gov.nist.mep.impact.jobs.JobParameterNames;
import gov.nist.mep.impact.support.Publisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's outputs as its output folder's {@code manifest.json} lists them. The console reads outputs only through the
 * manifest: a file is shown, read or downloaded only when the manifest lists it and the manifest is the run's own
 * (its parameters are the run's: the same job, input, output, fiscal years, reports and extract fingerprint, so the
 * same bytes). No name from a request is ever resolved against the file system unless the manifest lists it.
 */
@Component
@ConsoleOnly
class PublishedOutputs {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** The parameters a manifest records, by the name it records them under. */
    private static final List<String> IDENTITY = List.of(JobParameterNames.INPUT, JobParameterNames.OUTPUT,
            JobParameterNames.FISCAL_YEAR, JobParameterNames.FISCAL_YEARS, JobParameterNames.REPORTS,
            JobParameterNames.FINGERPRINT);

    /** One output the manifest lists. */
    record Output(String file, long size) {
    }

    /** The outputs of an execution: its output folder, and the manifest's outputs when the manifest is the run's. */
    record Outputs(Path folder, boolean own, List<Output> files) {

        Optional<Output> find(String name) {
            return files.stream().filter(o -> o.file().equals(name)).findFirst();
        }

        boolean has(String name) {
            return find(name).isPresent();
        }
    }

    Outputs of(JobExecution execution) {
        String output = execution.getJobParameters().getString(JobParameterNames.OUTPUT);
        if (output == null) {
            return new Outputs(null, false, List.of());
        }
        Path folder = Path.of(output);
        JsonNode manifest = read(folder.resolve(Publisher.MANIFEST));
        if (manifest == null || !ownManifest(manifest, execution)) {
            return new Outputs(folder, false, List.of());
        }
        List<Output> files = new ArrayList<>();
        for (JsonNode o : manifest.path("outputs")) {
            files.add(new Output(o.path("file").asString(), o.path("size").asLong()));
        }
        return new Outputs(folder, true, List.copyOf(files));
    }

    /**
     * Whether the manifest was published by a run with this execution's parameters: the same job, the same identity
     * parameters, and every other parameter the manifest records equal to the run's.
     */
    static boolean ownManifest(JsonNode manifest, JobExecution execution) {
        JsonNode recorded = manifest.path("parameters");
        if (!execution.getJobInstance().getJobName().equals(recorded.path("job").stringValue(null))) {
            return false;
        }
        for (String name : IDENTITY) {
            if (!Objects.equals(value(execution, name), recorded.path(name).stringValue(null))) {
                return false;
            }
        }
        for (Map.Entry<String, JsonNode> p : recorded.properties()) {
            if (!p.getKey().equals("job") && !Objects.equals(value(execution, p.getKey()), p.getValue()
                    .stringValue(null))) {
                return false;
            }
        }
        return true;
    }

    private static String value(JobExecution execution, String name) {
        JobParameter<?> p = execution.getJobParameters().getParameter(name);
        return p == null ? null : String.valueOf(p.value());
    }

    /**
     * The file of a listed output, or empty when the name is not listed (whatever it says: a traversal attempt is
     * simply a name that is not listed), not a regular file, or resolves outside the output folder.
     */
    Optional<Path> file(Outputs outputs, String name) {
        if (name == null || !outputs.own() || !outputs.has(name)) {
            return Optional.empty();
        }
        // outputs may be links into the folder's published generation: follow them, but never out of the folder
        try {
            Path root = outputs.folder().toRealPath();
            Path file = root.resolve(name).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A JSON file, or null when it is missing or not JSON. */
    static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readTree(Files.readAllBytes(file));
        } catch (IOException | JacksonException e) {
            return null;
        }
    }
}
