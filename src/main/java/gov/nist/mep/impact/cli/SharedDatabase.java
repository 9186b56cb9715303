package gov.nist.mep.impact.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 job repository is shared between processes in H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}
 * in the URL): the first process to open the file serves it to the others over a local socket. When that process
 * ends, another takes the file over, and the others' connections reconnect to it ({@code AUTO_RECONNECT=TRUE}, in the
 * default URL) but lose a transaction in progress. So before it closes the database, a process that serves it waits
 * until no other process is in the middle of a statement or a transaction through it, or ran one in the last ten
 * seconds (a run between two statements), (idle pooled connections, like those of a {@code schedule} process,
 * reconnect on their own and are not waited for; without AUTO_RECONNECT every
 * open connection is), for at most {@code mep.repository.wait-for-others}, and says what it waits for. PostgreSQL
 * needs none of this.
 */
@Component
class SharedDatabase {

    private static final long POLL_MILLIS = 250;
    /** A session that ran a statement this recently is in use (a run between two statements). */
    static final Duration RECENT = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final boolean sharedH2;
    private final boolean reconnecting;
    private final Duration maxWait;
    private final Duration recent;

    @org.springframework.beans.factory.annotation.Autowired
    SharedDatabase(DataSource dataSource, @Value("${spring.datasource.url:}") String url,
            @Value("${mep.repository.wait-for-others:2m}") Duration maxWait) {
        this(dataSource, url, maxWait, RECENT);
    }

    SharedDatabase(DataSource dataSource, String url, Duration maxWait, Duration recent) {
        this.recent = recent;
        this.jdbc = new JdbcTemplate(dataSource);
        String u = url.toUpperCase(Locale.ROOT);
        this.sharedH2 = u.startsWith("JDBC:H2:") && u.contains("AUTO_SERVER=TRUE");
        this.reconnecting = u.contains("AUTO_RECONNECT=TRUE");
        this.maxWait = maxWait;
    }

    /**
     * Returns once no other process needs this one to serve the database (see the class comment), or once
     * {@code mep.repository.wait-for-others} has passed; tells the user what it waits for, and when it stops waiting.
     */
    void awaitOtherProcesses(PrintStream out) throws InterruptedException {
        if (!sharedH2 || !servesOthers()) {
            return;
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean told = false;
        for (List<String> busy = busySessions(); !busy.isEmpty(); busy = busySessions()) {
            if (System.nanoTime() - deadline >= 0) {
                out.println("Stopped waiting after " + describe(maxWait) + " (mep.repository.wait-for-others): "
                        + busy.size() + " connection(s) of other processes still " + busy + "; they reconnect to"
                        + " the database file, and a transaction they had in progress is rolled back.");
                return;
            }
            if (!told) {
                out.println("Waiting up to " + describe(maxWait) + " (mep.repository.wait-for-others) for other"
                        + " processes using the job repository through this one (it serves them the database file):"
                        + " " + busy.size() + " connection(s) " + busy + ".");
                told = true;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** True when this process opened the database file itself (its own session came through no server). */
    private boolean servesOthers() {
        Boolean embedded = jdbc.queryForObject("SELECT SERVER IS NULL FROM INFORMATION_SCHEMA.SESSIONS"
                + " WHERE SESSION_ID = SESSION_ID()", Boolean.class);
        return Boolean.TRUE.equals(embedded);
    }

    /** The other processes' sessions this process must not drop, each described ("from 127.0.0.1: in a transaction"). */
    private List<String> busySessions() {
        // a run's connection is idle between its statements for moments at a time: a session that ran one in the last
        // RECENT counts as busy, so that the database is not closed under the next one
        String busy = reconnecting ? " AND (CONTAINS_UNCOMMITTED OR EXECUTING_STATEMENT IS NOT NULL OR SLEEP_SINCE IS"
                + " NULL OR SLEEP_SINCE > DATEADD('MILLISECOND', -" + recent.toMillis() + ", CURRENT_TIMESTAMP))" : "";
        return jdbc.query("SELECT CLIENT_ADDR, CONTAINS_UNCOMMITTED, EXECUTING_STATEMENT FROM"
                + " INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL" + busy + " ORDER BY SESSION_ID",
                (rs, i) -> "from " + rs.getString(1) + ": " + (rs.getBoolean(2) ? "in a transaction"
                        : rs.getString(3) != null ? "running a statement" : reconnecting ? "active in the last "
                        + describe(recent) : "open, idle"));
    }

    private static String describe(Duration d) {
        if (d.toMillis() % 60_000 == 0 && d.toMinutes() > 0) {
            return d.toMinutes() + " min";
        }
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s",
                d.toMillis() / 1000.0);
    }
}
