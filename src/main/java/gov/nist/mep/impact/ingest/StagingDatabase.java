package gov.nist.mep.impact.ingest;

import gov.nist.mep.impact.support.SettingSpec;
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
import java.util.UUID;
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
 * <p>A run's database is created only by {@link #create} (the discovery of its extract), with a token of its own that
 * the run records in its execution context; every other use opens the existing file and fails with
 * {@link StagingMissingException} when there is none, so a read never finds an empty database where a run's records
 * should be.
 *
 * <p>The folder ({@link #directoryFor}) does not depend on the working folder unless the job repository does: next
 * to an H2 file database ({@code <file>.staging/}); for an in-memory H2 database, a temporary folder of the process;
 * for a database server (PostgreSQL), {@code ~/.mep-impact/staging/<hash of the URL>/} in the user's home. Given
 * {@code mep.staging.directory}, a sub-folder of it per job repository, so that repositories (whose run ids each start
 * at 1) never share a file. The engine's memory is bounded by {@code mep.staging.memory-limit} (larger sorts spill to
 * the run's folder) and its threads by {@code mep.staging.threads} (default: the cores).
 */
@Component
public class StagingDatabase implements DisposableBean {

    private static final String PREFIX = "run-";
    private static final String SUFFIX = ".duckdb";

    private final Path directory;
    /** True when the folder is one of this process (in-memory job repository): removed at close. */
    private final boolean ownFolder;
    private final String memoryLimit;
    private final int threads;
    private final Map<Long, DuckDBConnection> open = new HashMap<>();
    private final Map<Long, JdbcTemplate> templates = new HashMap<>();

    /**
     * Loads the engine's native library (its driver unpacks it from its jar into the temporary folder and loads it,
     * about half a second, once per process): what the first {@link #create} or open would do. Safe to call from
     * any thread at any time; a second call, or a connection opened meanwhile, waits for the first and does nothing.
     */
    public static void loadEngine() {
        try {
            Class.forName("org.duckdb.DuckDBNative", true, StagingDatabase.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the DuckDB driver is missing from the class path", e);
        }
    }

    public StagingDatabase(@Value("${spring.datasource.url:}") String repositoryUrl,
            @Value("${mep.staging.directory:}") String directory,
            @Value("${mep.staging.memory-limit:" + StagingSettings.DEFAULT_MEMORY_LIMIT + "}") String memoryLimit,
            @Value("${mep.staging.threads:0}") int threads) {
        this.directory = directoryFor(repositoryUrl, directory);
        this.ownFolder = isInMemory(repositoryUrl);
        this.memoryLimit = memoryLimit;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * The staging folder of a job repository: {@code explicit} (mep.staging.directory) when given, with a sub-folder
     * per repository; else {@link #defaultDirectory}. Always absolute.
     */
    static Path directoryFor(String url, String explicit) {
        if (explicit == null || explicit.isBlank()) {
            return defaultDirectory(url);
        }
        return Path.of(explicit).toAbsolutePath().normalize().resolve(repositoryKey(url));
    }

    /** The staging folder that goes with a job repository URL when none is configured (absolute). */
    static Path defaultDirectory(String url) {
        if (isInMemory(url)) {
            try {
                Path temporary = Files.createTempDirectory("mep-staging-");
                temporary.toFile().deleteOnExit();
                return temporary;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path h2File = h2File(url);
        if (h2File != null) {
            return Path.of(h2File + ".staging");
        }
        // A database server is shared by hosts and folders: the staging of its runs goes with the user, not with the
        // folder the command happens to run in.
        return Path.of(System.getProperty("user.home"), ".mep-impact", "staging", sha1(url).substring(0, 12))
                .toAbsolutePath().normalize();
    }

    private static boolean isInMemory(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
    }

    /**
     * The database file of an embedded H2 URL ({@code jdbc:h2:file:PATH}, {@code jdbc:h2:PATH}, {@code ~} for the
     * home folder), absolute; null for any other URL (in-memory, H2 server, another database).
     */
    static Path h2File(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")) {
            return null;
        }
        String file = url.substring("jdbc:h2:".length());
        int options = file.indexOf(';');
        file = options < 0 ? file : file.substring(0, options);
        if (file.toLowerCase(Locale.ROOT).startsWith("file:")) {
            file = file.substring("file:".length());
        }
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        return Path.of(file).toAbsolutePath().normalize();
    }

    /** A name for the job repository: its file, its URL, or (in memory: it lives in this process only) a random one. */
    private static String repositoryKey(String url) {
        if (isInMemory(url)) {
            return "mem-" + UUID.randomUUID();
        }
        Path h2File = h2File(url);
        return (h2File != null ? "h2-" + sha1(h2File.toString()) : "db-" + sha1(url)).substring(0, 15);
    }

    private static String sha1(String text) {
        return DigestUtils.sha1Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The staging folder. */
    public Path directory() {
        return directory;
    }

    /** The database file of a run (whether or not it exists). */
    public Path file(long runId) {
        return directory.resolve(PREFIX + runId + SUFFIX);
    }

    /** Whether the run has a staging database. */
    public synchronized boolean exists(long runId) {
        return open.containsKey(runId) || Files.exists(file(runId));
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

    /**
     * Creates the run's database (whatever an earlier one of the run left is deleted first) with {@code schema} and a
     * token of its own, and returns the token: the run records it, so that a restart can tell its own staging from a
     * file that is not (another run's, an older one).
     */
    synchronized String create(long runId, List<String> schema) throws SQLException {
        delete(runId);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging folder " + directory, e);
        }
        String token = UUID.randomUUID().toString();
        DuckDBConnection connection = openFile(runId);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE stg_run (run_id BIGINT NOT NULL, token VARCHAR NOT NULL)");
            s.execute("INSERT INTO stg_run VALUES (" + runId + ", '" + token + "')");
            for (String ddl : schema) {
                s.execute(ddl);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        open.put(runId, connection);
        return token;
    }

    /** The token the run's database was created with (see {@link #create}); null when it has none. */
    synchronized String token(long runId) {
        List<String> tokens = jdbc(runId).queryForList("SELECT token FROM stg_run WHERE run_id = ?", String.class,
                runId);
        return tokens.size() == 1 ? tokens.get(0) : null;
    }

    /** A new connection to the run's existing database; the caller closes it. */
    synchronized Connection connection(long runId) throws SQLException {
        return root(runId).duplicate();
    }

    /**
     * A JdbcTemplate on the run's existing database: each operation takes a connection of its own and closes it.
     *
     * @throws StagingMissingException when the run has no staging database
     */
    synchronized JdbcTemplate jdbc(long runId) {
        if (!exists(runId)) {
            throw new StagingMissingException(runId, file(runId));
        }
        return templates.computeIfAbsent(runId, r -> new JdbcTemplate(dataSource(r)));
    }

    private DataSource dataSource(long runId) {
        return new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return connection(runId);
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

    /** The run's open database; opened when it exists, never created here. */
    private DuckDBConnection root(long runId) throws SQLException {
        DuckDBConnection connection = open.get(runId);
        if (connection != null) {
            return connection;
        }
        if (!Files.isRegularFile(file(runId))) {
            throw new StagingMissingException(runId, file(runId));
        }
        connection = openFile(runId);
        open.put(runId, connection);
        return connection;
    }

    private DuckDBConnection openFile(long runId) throws SQLException {
        Path temporary = directory.resolve(PREFIX + runId + ".tmp");
        Properties settings = new Properties();
        settings.setProperty("memory_limit", memoryLimit);
        settings.setProperty("threads", Integer.toString(threads));
        settings.setProperty("temp_directory", temporary.toAbsolutePath().toString());
        settings.setProperty("jdbc_stream_results", "true");
        // Checkpoint (rewrite the WAL into the database file) once at close rather than every 16 MB of appends.
        settings.setProperty("checkpoint_threshold", "1GB");
        DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:"
                + file(runId).toAbsolutePath(), settings);
        try (Statement s = connection.createStatement()) {
            // Closing would otherwise rewrite the whole run into the database file (seconds for a large extract)
            // for a file that is deleted when the run completes; a restart replays the write-ahead log instead.
            s.execute("PRAGMA disable_checkpoint_on_shutdown");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /**
     * Writes the run's staged records into its database file (a checkpoint: compressed, with the minimum and maximum
     * of each block) when they take half of {@code mep.staging.memory-limit} or more, in memory and spilled to the
     * temporary folder together, and says what it found. Until written they live in the engine's memory (what does
     * not fit is spilled and read back), so the queries that follow (the metrics of every year, the center oversight
     * beside them) had to share the limit with them: on a ten-year extract of a million projects they ran out of it
     * below 256MB. Once written, the records are read from the file and cached only as memory allows. Below half, they
     * fit beside the queries and writing them would cost more time than it saves (sample-data: a third of a second).
     * Nothing a run computes depends on whether it happened; a restart reads the file either way.
     */
    public Compaction compactIfLarge(long runId) {
        JdbcTemplate jdbc = jdbc(runId);
        long bytes = jdbc.queryForObject("SELECT COALESCE(SUM(memory_usage_bytes + temporary_storage_bytes), 0)"
                + " FROM duckdb_memory()", Long.class);
        boolean write = bytes * 2 >= SettingSpec.bytes(memoryLimit);
        if (write) {
            jdbc.execute("CHECKPOINT");
        }
        return new Compaction(bytes, write);
    }

    /**
     * What {@link #compactIfLarge} found: the bytes the engine held (memory and temporary files), and whether it wrote
     * the records into the database file.
     */
    public record Compaction(long bytesHeld, boolean written) {
    }

    /** Closes the run's database (it is opened again when next used, if it still exists). */
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
            try {
                FileSystemUtils.deleteRecursively(directory);
            } catch (IOException e) {
                // a file another process still holds: the folder stays in the temporary folder
            }
        }
    }
}
