package gov.nist.mep.impact.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes a run's work folder into the output folder: only files whose bytes changed are replaced (each moved into
 * place atomically); the files they replace are first kept under {@code history/<time>/} so analysts can compare; and
 * {@code manifest.json} records the inputs (size, SHA-256), the parameters, the software version and every output
 * (size, SHA-256). When no output changed nothing is written at all. The manifest holds no time, so the same inputs
 * give the same bytes.
 */
public final class Publisher {

    public static final String MANIFEST = "manifest.json";
    public static final String HISTORY = "history";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Publisher() {
    }

    /** What a publish did: the outputs replaced, those left as they were, and where the replaced ones were kept. */
    public record Result(List<String> changed, List<String> unchanged, Path history) {
    }

    /** One input file of the run, relative to the extract. */
    public record Input(String file, long size, String sha256) {
    }

    public static Result publish(Path work, Path output, List<Input> inputs, Map<String, String> parameters,
            String softwareVersion, Instant now) {
        try {
            Map<String, Path> produced = list(work);
            List<String> changed = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            for (Map.Entry<String, Path> e : produced.entrySet()) {
                String hash = sha256(e.getValue());
                hashes.put(e.getKey(), hash);
                Path target = output.resolve(e.getKey());
                if (Files.isRegularFile(target) && sha256(target).equals(hash)) {
                    unchanged.add(e.getKey());
                } else {
                    changed.add(e.getKey());
                }
            }
            byte[] manifest = manifest(inputs, parameters, softwareVersion, produced, hashes);
            Path manifestFile = output.resolve(MANIFEST);
            boolean manifestChanged = !Files.isRegularFile(manifestFile)
                    || !java.util.Arrays.equals(Files.readAllBytes(manifestFile), manifest);
            Path history = null;
            if (!changed.isEmpty() || manifestChanged) {
                history = keepPrevious(output, changed, now);
                OutputFolder out = new OutputFolder(output);
                for (String name : changed) {
                    out.publish(name, o -> Files.copy(produced.get(name), o));
                }
                out.publish(MANIFEST, o -> o.write(manifest));
            }
            deleteTree(work);
            return new Result(List.copyOf(changed), List.copyOf(unchanged), history);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish into " + output, e);
        }
    }

    private static Path keepPrevious(Path output, List<String> changed, Instant now) throws IOException {
        List<String> previous = new ArrayList<>();
        for (String name : changed) {
            if (Files.isRegularFile(output.resolve(name))) {
                previous.add(name);
            }
        }
        if (Files.isRegularFile(output.resolve(MANIFEST))) {
            previous.add(MANIFEST);
        }
        if (previous.isEmpty()) {
            return null;
        }
        Path history = output.resolve(HISTORY).resolve(STAMP.format(now));
        for (int n = 2; Files.exists(history); n++) {
            history = output.resolve(HISTORY).resolve(STAMP.format(now) + "-" + n);
        }
        for (String name : previous) {
            Path kept = history.resolve(name);
            Files.createDirectories(kept.getParent());
            Files.copy(output.resolve(name), kept, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return history;
    }

    private static byte[] manifest(List<Input> inputs, Map<String, String> parameters, String softwareVersion,
            Map<String, Path> produced, Map<String, String> hashes) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode software = root.putObject("software");
        software.put("name", "MEP Impact");
        software.put("version", softwareVersion);
        ObjectNode params = root.putObject("parameters");
        parameters.forEach(params::put);
        ArrayNode in = root.putArray("inputs");
        for (Input i : inputs) {
            ObjectNode node = in.addObject();
            node.put("file", i.file());
            node.put("size", i.size());
            node.put("sha256", i.sha256());
        }
        ArrayNode out = root.putArray("outputs");
        for (Map.Entry<String, Path> e : produced.entrySet()) {
            ObjectNode node = out.addObject();
            node.put("file", e.getKey());
            node.put("size", Files.size(e.getValue()));
            node.put("sha256", hashes.get(e.getKey()));
        }
        return JSON.writeValueAsBytes(root);
    }

    /** Files of a folder by path relative to it ('/' separators), sorted. */
    static Map<String, Path> list(Path folder) throws IOException {
        Map<String, Path> files = new java.util.TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.put(folder.relativize(p).toString().replace('\\', '/'), p));
        }
        return files;
    }

    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
