package gov.nist.mep.impact.jobs.operations;

/** Exit codes of the command line, for cron and scripts. */
public final class ExitCodes {

    /** The job completed and its outputs are published. */
    public static final int OK = 0;
    /** The job failed (a structural error in the extract, or a fault): nothing new was published. */
    public static final int FAILED = 1;
    /**
     * The command, a job definition, a setting or a report template is wrong: found before any work, each problem one
     * line.
     */
    public static final int USAGE = 2;
    /** The same job is already running on the same output folder: this start was refused. */
    public static final int ALREADY_RUNNING = 3;
    /**
     * The environment stopped the run: the database is unreachable, locked or refuses the login, the disk is full, a
     * folder or the log file cannot be written. Nothing new was published; fix the cause and run the same command
     * again (it restarts from its last commit).
     */
    public static final int ENVIRONMENT = 4;

    private ExitCodes() {
    }
}
