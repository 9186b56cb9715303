package gov.nist.mep.impact.cli;

/** A mistake in how the command was called or in a job definition: exit code 2 with the message. */
class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
