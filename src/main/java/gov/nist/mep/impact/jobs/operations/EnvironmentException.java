package gov.nist.mep.impact.jobs.operations;

/**
 * The environment stops the command before it starts (a log file that cannot be written): exit code 4 with the
 * message, which names the cause and the fix.
 */
public class EnvironmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EnvironmentException(String message) {
        super(message);
    }
}
