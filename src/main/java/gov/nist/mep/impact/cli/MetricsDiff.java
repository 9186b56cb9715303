package gov.nist.mep.impact.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code diff} command: compares two metrics JSON files, or every {@code metrics-FY*.json} of two output
 * folders, and prints each figure that changed as {@code path: old -> new (change, relative change)}. Array elements
 * are named by their key (district, state, centerId, serviceCategory, file, fiscalYear), so a new center does not shift the
 * others. Exit code 0 when nothing changed, 1 when something did (like diff(1)), 2 on a usage error.
 */
final class MetricsDiff {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final List<String> KEYS = List.of("district", "centerId", "serviceCategory", "file", "state",
            "fiscalYear", "previousFiscalYear", "hostType");

    private MetricsDiff() {
    }

    static int run(Main.Options options, PrintStream out) throws IOException {
        if (options.positional().size() != 2) {
            throw new UsageException("diff needs two metrics JSON files or two output folders");
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path before = cwd.resolve(options.positional().get(0));
        Path after = cwd.resolve(options.positional().get(1));
        Map<String, Path[]> pairs = pairs(before, after);
        int changed = 0;
        for (Map.Entry<String, Path[]> pair : pairs.entrySet()) {
            Path a = pair.getValue()[0];
            Path b = pair.getValue()[1];
            if (a == null || b == null) {
                out.println(pair.getKey() + ": only in " + (a == null ? after : before));
                changed++;
                continue;
            }
            Map<String, String> lines = compare(flatten(JSON.readTree(a.toFile())), flatten(JSON.readTree(b.toFile())));
            if (!lines.isEmpty()) {
                out.println(pair.getKey() + ":");
                lines.values().forEach(l -> out.println("  " + l));
                changed += lines.size();
            }
        }
        out.println(changed == 0 ? "No figure changed." : changed + " figure(s) changed.");
        return changed == 0 ? 0 : 1;
    }

    private static Map<String, Path[]> pairs(Path before, Path after) throws IOException {
        Map<String, Path[]> pairs = new TreeMap<>();
        if (Files.isRegularFile(before) && Files.isRegularFile(after)) {
            pairs.put(after.getFileName().toString(), new Path[] {before, after});
            return pairs;
        }
        if (!Files.isDirectory(before) || !Files.isDirectory(after)) {
            throw new UsageException("diff compares two files or two folders: " + before + ", " + after);
        }
        for (Path folder : List.of(before, after)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.getFileName().toString().matches("metrics-FY\\d+\\.json")).toList()) {
                    pairs.computeIfAbsent(f.getFileName().toString(), k -> new Path[2])[folder == before ? 0 : 1] = f;
                }
            }
        }
        return pairs;
    }

    /** Every leaf value by its path; arrays of objects are keyed by their identifying field. */
    static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> leaves = new TreeMap<>();
        flatten(root, "", leaves);
        return leaves;
    }

    private static void flatten(JsonNode node, String path, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + elementName(node.get(i), i) + "]", leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static String elementName(JsonNode element, int index) {
        if (element.isObject()) {
            for (String key : KEYS) {
                JsonNode value = element.get(key);
                if (value != null && !value.isNull()) {
                    return value.isString() ? value.stringValue() : value.toString();
                }
            }
        }
        return String.valueOf(index);
    }

    static Map<String, String> compare(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        Map<String, String> lines = new TreeMap<>();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            JsonNode a = before.get(path);
            JsonNode b = after.get(path);
            if (a != null && b != null && same(a, b)) {
                continue;
            }
            lines.put(path, path + ": " + text(a) + " -> " + text(b) + change(a, b));
        }
        return lines;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String text(JsonNode node) {
        return node == null ? "(absent)" : node.isString() ? node.stringValue() : node.toString();
    }

    private static String change(JsonNode a, JsonNode b) {
        if (a == null || b == null || !a.isNumber() || !b.isNumber()) {
            return "";
        }
        BigDecimal delta = b.decimalValue().subtract(a.decimalValue());
        String sign = delta.signum() > 0 ? "+" : "";
        String relative = a.decimalValue().signum() == 0 ? ""
                : String.format(", %s%.2f%%", sign, delta.divide(a.decimalValue(), MathContext.DECIMAL64)
                        .doubleValue() * 100);
        return " (" + sign + delta.round(MathContext.DECIMAL64).toPlainString() + relative + ")";
    }
}
