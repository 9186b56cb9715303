package gov.nist.mep.impact.support;

/**
 * A mistake in how the program was set up that the user can fix (a folder that does not exist, a setting with a bad
 * value). Its message names the cause and the fix and is printed as it is, without a stack trace.
 */
public class SetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SetupException(String message) {
        super(message);
    }
}
