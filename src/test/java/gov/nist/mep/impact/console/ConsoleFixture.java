package gov.nist.mep.impact.console;

import gov.nist.mep.impact.support.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project folder for console tests: a copy of the worked example's extract, a jobs folder with a {@code check}
 * definition (validate on that copy into {@code out/check}), a users file with a viewer and an operator, and the job
 * repository's H2 file, all under one temporary folder.
 */
final class ConsoleFixture {

    static final String OPERATOR = "olivia";
    static final String VIEWER = "victor";
    static final String OPERATOR_PASSWORD = "operator pass phrase";
    static final String VIEWER_PASSWORD = "viewer pass phrase";

    final Path root;
    final Path extract;
    final Path jobs;
    final Path output;
    final Path users;
    final Path database;

    ConsoleFixture(Path root) {
        this.root = root;
        this.extract = root.resolve("extract");
        this.jobs = root.resolve("jobs");
        this.output = root.resolve("out").resolve("check");
        this.users = root.resolve(".mep-impact").resolve("console-users.properties");
        this.database = root.resolve(".mep-impact").resolve("mep-impact");
        try {
            copy(Fixtures.EXAMPLE_EXTRACT, extract);
            Files.createDirectories(jobs);
            Files.writeString(jobs.resolve("check.properties"), "job=validate\ninput=../extract\noutput=../out/check\n"
                    .replace("../", root.toString().replace('\\', '/') + "/") + "description=Checks the worked example\n"
                    + "schedule=0 30 2 * * *\n", StandardCharsets.UTF_8);
            UsersFile file = new UsersFile(users);
            file.put(OPERATOR, "operator", OPERATOR_PASSWORD.toCharArray());
            file.put(VIEWER, "viewer", VIEWER_PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new folder under target/console-tests/ (not a JUnit temporary folder: the application outlives the class). */
    static Path testFolder(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "console-tests"))
                    .toAbsolutePath(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String databaseUrl() {
        return "jdbc:h2:file:" + database + ";AUTO_SERVER=TRUE";
    }

    JobsFolder jobsFolder() {
        return new JobsFolder(jobs, root, jobs.toString());
    }

    /** The definition file of the {@code check} job. */
    Path definition() {
        return jobs.resolve("check.properties");
    }

    /** Every contact value (name, e-mail, phone) of the extract's client files: none may appear on a page. */
    List<String> contactValues() throws IOException {
        List<String> values = new ArrayList<>();
        try (Stream<Path> files = Files.walk(extract.resolve("meis").resolve("clients"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",");
                    for (String column : List.of("contact_name", "contact_email", "contact_phone")) {
                        int i = header.indexOf(column);
                        if (i >= 0 && i < cells.length && cells[i].length() > 3 && !cells[i].startsWith("\"")) {
                            values.add(cells[i]);
                        }
                    }
                }
            }
        }
        return values;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path p : tree.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
