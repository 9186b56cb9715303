package gov.nist.mep.impact.jobs.operations;

import java.util.List;

/**
 * A mistake in how the command was called, in a job definition, a setting or a template: exit code 2 with the
 * message, one line per problem.
 */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    /** Several problems, one line each. */
    public UsageException(List<String> problems) {
        super(String.join("\n", problems));
    }
}
