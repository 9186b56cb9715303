package gov.nist.mep.impact.jobs.operations;

import gov.nist.mep.impact.ingest.StagingMissingException;
import gov.nist.mep.impact.ingest.StagingSettings;
import gov.nist.mep.impact.report.render.TemplateException;
import gov.nist.mep.impact.support.SetupException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a failure a user can cause (the database locked, unreachable or misnamed, a full disk, a folder that cannot
 * be written, a missing template) into one line naming the cause and the fix, with its exit code. The stack trace
 * goes to the log file, never to the console (unless {@code --debug}).
 */
public final class Failures {

    private Failures() {
    }

    /** What to print and which exit code to return. */
    public record Explained(int exitCode, String line) {
    }

    public static Explained explain(Throwable failure, String databaseUrl) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof UsageException || t instanceof SetupException || t instanceof TemplateException) {
                return new Explained(ExitCodes.USAGE, t.getMessage());
            }
            if (t instanceof EnvironmentException) {
                return new Explained(ExitCodes.ENVIRONMENT, t.getMessage());
            }
        }
        for (Throwable t : chain) {
            if (t instanceof StagingMissingException) {
                return environment(t.getMessage());
            }
        }
        String all = messages(chain);
        String lower = all.toLowerCase(Locale.ROOT);
        String url = databaseUrl == null ? "the configured database" : databaseUrl;
        if (lower.contains("lock file recently modified")) {
            // H2's file lock while processes take the shared file over (the serving process ended): transient
            return environment("the job repository database " + url + " was being taken over by another process"
                    + " (H2: lock file recently modified) for longer than the start waits. Fix: run the same command"
                    + " again");
        }
        if (lower.contains("database may be already in use") || lower.contains("the file is locked")) {
            return environment("the job repository database " + url + " is locked by another process that does not"
                    + " share it. Fix: keep ;AUTO_SERVER=TRUE in spring.datasource.url (the default URL has it) so"
                    + " processes share the database, or wait for the other process to end");
        }
        for (Throwable t : chain) {
            String name = t.getClass().getName();
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || name.endsWith("PSQLException") && lower.contains("connection") && lower.contains("refused")
                    || lower.contains("connection attempt failed") || lower.contains("unknownhostexception")) {
                return environment("cannot reach the database server of " + url + " (" + rootMessage(failure)
                        + "). Fix: start the server, or correct spring.datasource.url (SPRING_DATASOURCE_URL)");
            }
        }
        if (lower.contains("password authentication failed") || lower.contains("authentication failed")
                || lower.contains("wrong user name or password") || lower.contains("role \"")
                && lower.contains("does not exist")) {
            return environment("the database " + url + " refused the login (" + rootMessage(failure) + "). Fix: set"
                    + " spring.datasource.username and spring.datasource.password (SPRING_DATASOURCE_USERNAME,"
                    + " SPRING_DATASOURCE_PASSWORD)");
        }
        if (lower.contains("database \"") && lower.contains("does not exist")) {
            return environment("the database of " + url + " does not exist (" + rootMessage(failure) + "). Fix:"
                    + " create it (createdb) or correct spring.datasource.url");
        }
        if (lower.contains("must start with \"jdbc\"") || lower.contains("failed to determine a suitable driver")
                || lower.contains("no suitable driver") || lower.contains("driver claims to not accept")
                || lower.contains("url format error") || lower.contains("unsupported connection setting")
                || lower.contains("failed to determine databasedriver")) {
            return new Explained(ExitCodes.USAGE, "spring.datasource.url '" + url + "' is not a database this"
                    + " program can use (" + rootMessage(failure) + "). Fix: jdbc:h2:file:PATH;AUTO_SERVER=TRUE or"
                    + " jdbc:postgresql://HOST:PORT/DATABASE");
        }
        if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")) {
            return environment("the disk is full (" + rootMessage(failure) + "). Fix: free space on that disk and run"
                    + " the same command again; the run restarts from its last commit");
        }
        for (Throwable t : chain) {
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || t instanceof FileSystemException f && f.getReason() != null
                    && f.getReason().toLowerCase(Locale.ROOT).contains("read-only")) {
                String file = t instanceof FileSystemException f ? f.getFile() : t.getMessage();
                return environment("cannot write " + file + ": permission denied. Fix: choose a folder you can"
                        + " write (--output DIR) or change its permissions");
            }
            if (t instanceof NoSuchFileException missing && missing.getFile() != null
                    && missing.getFile().contains("template") || t.getMessage() != null
                    && t.getMessage().startsWith("template folder") && t.getMessage().contains("does not exist")) {
                return environment("a report template is missing (" + t.getMessage() + "). Fix: restore it, or name"
                        + " a complete templates folder with --templates DIR (with no folder given and no"
                        + " report-templates/ in the working folder, the built-in templates are used)");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof FileSystemException f && f.getFile() != null) {
                return environment("cannot write " + f.getFile() + " (" + (f.getReason() == null ? t.getClass()
                        .getSimpleName() : f.getReason()) + "). Fix: choose a folder you can write (--output DIR)"
                        + " or correct its path or permissions");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof java.sql.SQLException && fromStagingEngine(t)) {
                if (outOfEngineMemory(lower)) {
                    // one line however many threads failed of it, each with its own wording
                    return environment("the staging engine (DuckDB) ran out of the memory mep.staging.memory-limit"
                            + " gives it (its own message is in the log file). Fix: raise mep.staging.memory-limit"
                            + " (default " + StagingSettings.DEFAULT_MEMORY_LIMIT + "), or lower mep.staging.threads,"
                            + " and run the same command again");
                }
                // its first line: the engine's message may go on with advice in its own terms
                String message = rootMessage(failure).lines().findFirst().orElse("").strip();
                return environment("the staging engine (DuckDB) failed: " + message + ". Fix: if"
                        + " mep.staging.memory-limit is set below its default (" + StagingSettings.DEFAULT_MEMORY_LIMIT
                        + "), raise it and run the same command again; otherwise the log file has the engine's error");
            }
        }
        return new Explained(ExitCodes.FAILED, rootMessage(failure));
    }

    /**
     * Whether the staging engine's failure is its memory running out: said as such ("Out of Memory Error"), as a
     * block it could not pin or allocate (an appender's), as a query read row by row that failed ("Invalid result
     * set": the driver loses the engine's message), or as the rollback of a transaction the failure already ended.
     */
    private static boolean outOfEngineMemory(String lower) {
        return lower.contains("out of memory") || lower.contains("failed to pin block")
                || lower.contains("could not allocate block") || lower.contains("invalid result set")
                || lower.contains("cannot rollback - no transaction is active");
    }

    /** Whether the exception was thrown by the staging engine's driver. */
    private static boolean fromStagingEngine(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.duckdb.")) {
                return true;
            }
        }
        return false;
    }

    private static Explained environment(String line) {
        return new Explained(ExitCodes.ENVIRONMENT, line);
    }

    public static String rootMessage(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String messages(List<Throwable> chain) {
        StringBuilder all = new StringBuilder();
        for (Throwable t : chain) {
            all.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /** Appends the failure's stack trace, with a time stamp, to the log file; false when it cannot be written. */
    public static boolean log(Path logFile, Throwable failure) {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println(Instant.now() + " ERROR " + failure);
            failure.printStackTrace(w);
        }
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
