package gov.nist.mep.impact.jobs.operations;

/** A mistake in how the command was called or in a job definition: exit code 2 with the message. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
