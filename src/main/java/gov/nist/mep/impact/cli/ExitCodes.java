package gov.nist.mep.impact.cli;

/** Exit codes of the command line, for cron and scripts. */
final class ExitCodes {

    /** The job completed and its outputs are published. */
    static final int OK = 0;
    /** The job failed (a structural error in the extract, or a fault): nothing new was published. */
    static final int FAILED = 1;
    /**
     * The command, a job definition, a setting or a report template is wrong: found before any work, each problem one
     * line.
     */
    static final int USAGE = 2;
    /** The same job is already running on the same output folder: this start was refused. */
    static final int ALREADY_RUNNING = 3;
    /**
     * The environment stopped the run: the database is unreachable, locked or refuses the login, the disk is full, a
     * folder or the log file cannot be written. Nothing new was published; fix the cause and run the same command
     * again (it restarts from its last commit).
     */
    static final int ENVIRONMENT = 4;

    private ExitCodes() {
    }
}
