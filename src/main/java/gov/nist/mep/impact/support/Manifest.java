package gov.nist.mep.impact.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json}: the software, the parameters and settings of the run that published, its input files (size,
 * SHA-256) and every output of the published set (size, SHA-256). No time stamp: the same inputs give the same bytes.
 */
final class Manifest {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Manifest() {
    }

    static byte[] bytes(Publisher.Request request, Collection<OutputFolder.Written> outputs) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode software = root.putObject("software");
        software.put("name", "MEP Impact");
        software.put("version", request.softwareVersion());
        ObjectNode params = root.putObject("parameters");
        request.parameters().forEach(params::put);
        if (!request.settings().isEmpty()) {
            ObjectNode settings = root.putObject("settings");
            request.settings().forEach(settings::put);
        }
        ArrayNode in = root.putArray("inputs");
        for (Publisher.Input i : request.inputs()) {
            ObjectNode node = in.addObject();
            node.put("file", i.file());
            node.put("size", i.size());
            node.put("sha256", i.sha256());
        }
        ArrayNode out = root.putArray("outputs");
        for (OutputFolder.Written o : outputs) {
            ObjectNode node = out.addObject();
            node.put("file", o.file());
            node.put("size", o.size());
            node.put("sha256", o.sha256());
        }
        return JSON.writeValueAsBytes(root);
    }

    /** The outputs a manifest lists, by file, or null when there is no readable manifest. */
    static Map<String, OutputFolder.Written> outputs(Path manifest) {
        JsonNode root = read(manifest);
        if (root == null) {
            return null;
        }
        Map<String, OutputFolder.Written> outputs = new LinkedHashMap<>();
        for (JsonNode o : root.path("outputs")) {
            String file = o.path("file").stringValue(null);
            if (file != null) {
                outputs.put(file, new OutputFolder.Written(file, o.path("size").asLong(-1),
                        o.path("sha256").stringValue("")));
            }
        }
        return outputs;
    }

    /** A manifest's tree, or null when it is missing or unreadable. */
    static JsonNode read(Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return JSON.readTree(Files.readAllBytes(manifest));
        } catch (IOException | JacksonException e) {
            return null;
        }
    }
}
