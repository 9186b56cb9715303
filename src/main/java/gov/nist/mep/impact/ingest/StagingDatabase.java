package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.codec.digest.DigestUtils;
import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Where a run's records are staged: an embedded DuckDB database of its own, one file per run ({@code run-N.duckdb}),
 * in a staging folder that belongs to the job repository. A columnar engine takes the records in bulk (appenders),
 * resolves references and supersession with set-based SQL on both cores, and answers the metrics' scans far faster
 * than row storage; the job repository (H2 or PostgreSQL) keeps only what Spring Batch needs. A file per run makes
 * dropping a finished run's staging one file deletion, whatever its size, and keeps runs on different output folders
 * apart. DuckDB writes its own write-ahead log, so a run killed with SIGKILL reopens its file on restart.
 *
 * <p>The folder is {@code mep.staging.directory} when set; else next to an H2 file database
 * ({@code <file>.staging/}); else, for an in-memory H2 database, a temporary folder; else (PostgreSQL)
 * {@code .mep-impact/staging/<hash of the URL>/}. The engine's memory is bounded by {@code mep.staging.memory-limit}
 * (larger sorts spill to the run's folder) and its threads by {@code mep.staging.threads} (default: the cores).
 */
@Component
public class StagingDatabase implements DisposableBean {

    private static final String PREFIX = "run-";
    private static final String SUFFIX = ".duckdb";

    private final Path directory;
    /** True when the folder is a temporary one of this process (in-memory job repository): removed at close. */
    private final boolean ownFolder;
    private final String memoryLimit;
    private final int threads;
    private final Map<Long, DuckDBConnection> open = new HashMap<>();
    private final Map<Long, JdbcTemplate> templates = new HashMap<>();

    public StagingDatabase(@Value("${spring.datasource.url:}") String repositoryUrl,
            @Value("${mep.staging.directory:}") String directory,
            @Value("${mep.staging.memory-limit:256MB}") String memoryLimit,
            @Value("${mep.staging.threads:0}") int threads) {
        this.directory = directory.isBlank() ? defaultDirectory(repositoryUrl) : Path.of(directory);
        this.ownFolder = directory.isBlank() && repositoryUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
        this.memoryLimit = memoryLimit;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The staging folder that goes with a job repository URL. */
    static Path defaultDirectory(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length());
            int options = file.indexOf(';');
            return Path.of((options < 0 ? file : file.substring(0, options)) + ".staging");
        }
        if (lower.startsWith("jdbc:h2:mem:")) {
            try {
                Path temporary = Files.createTempDirectory("mep-staging-");
                temporary.toFile().deleteOnExit();
                return temporary;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Path.of(".mep-impact", "staging", sha1(url).substring(0, 12));
    }

    private static String sha1(String text) {
        return DigestUtils.sha1Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The staging folder. */
    public Path directory() {
        return directory;
    }

    Path file(long runId) {
        return directory.resolve(PREFIX + runId + SUFFIX);
    }

    /**
     * Runs with a staging file, in order of run id.
     */
    public synchronized List<Long> stagedRuns() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Long> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(PREFIX) && n.endsWith(SUFFIX))
                    .map(n -> n.substring(PREFIX.length(), n.length() - SUFFIX.length()))
                    .filter(n -> !n.isEmpty() && n.chars().allMatch(Character::isDigit))
                    .map(Long::valueOf)
                    .sorted()
                    .forEach(runs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runs;
    }

    /** A new connection to the run's database (created on first use with {@code schema}); the caller closes it. */
    synchronized Connection connection(long runId, List<String> schema) throws SQLException {
        return root(runId, schema).duplicate();
    }

    /** A JdbcTemplate on the run's database: each operation takes a connection of its own and closes it. */
    synchronized JdbcTemplate jdbc(long runId, List<String> schema) {
        return templates.computeIfAbsent(runId, r -> new JdbcTemplate(dataSource(r, schema)));
    }

    private DataSource dataSource(long runId, List<String> schema) {
        return new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return connection(runId, schema);
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return getConnection();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }
        };
    }

    private DuckDBConnection root(long runId, List<String> schema) throws SQLException {
        DuckDBConnection connection = open.get(runId);
        if (connection != null) {
            return connection;
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging folder " + directory, e);
        }
        Path temporary = directory.resolve(PREFIX + runId + ".tmp");
        Properties settings = new Properties();
        settings.setProperty("memory_limit", memoryLimit);
        settings.setProperty("threads", Integer.toString(threads));
        settings.setProperty("temp_directory", temporary.toAbsolutePath().toString());
        settings.setProperty("jdbc_stream_results", "true");
        // Checkpoint (rewrite the WAL into the database file) once at close rather than every 16 MB of appends.
        settings.setProperty("checkpoint_threshold", "1GB");
        connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:"
                + file(runId).toAbsolutePath(), settings);
        try (Statement s = connection.createStatement()) {
            // Closing would otherwise rewrite the whole run into the database file (seconds for a large extract)
            // for a file that is deleted when the next run starts; a restart replays the write-ahead log instead.
            s.execute("PRAGMA disable_checkpoint_on_shutdown");
            for (String ddl : schema) {
                s.execute(ddl);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        open.put(runId, connection);
        return connection;
    }

    /** Closes the run's database (it is opened again when next used). */
    public synchronized void close(long runId) {
        templates.remove(runId);
        DuckDBConnection connection = open.remove(runId);
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot close the staging database of run " + runId, e);
            }
        }
    }

    /** Forgets a run's staging: closes and deletes its files. */
    public synchronized void delete(long runId) {
        close(runId);
        try {
            Files.deleteIfExists(file(runId));
            Files.deleteIfExists(directory.resolve(PREFIX + runId + SUFFIX + ".wal"));
            FileSystemUtils.deleteRecursively(directory.resolve(PREFIX + runId + ".tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the staging of run " + runId + " in " + directory, e);
        }
    }

    @Override
    public synchronized void destroy() {
        for (Long run : List.copyOf(open.keySet())) {
            close(run);
        }
        if (ownFolder) {
            stagedRuns().forEach(this::delete);
            try {
                Files.deleteIfExists(directory);
            } catch (IOException e) {
                // a file another process still holds: the folder stays in the temporary folder
            }
        }
    }
}
