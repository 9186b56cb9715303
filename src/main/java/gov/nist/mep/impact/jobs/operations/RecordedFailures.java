package gov.nist.mep.impact.jobs.operations;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains the failure of an execution read back from the job repository, where only its exit description (the stack
 * trace as text, as Spring Batch keeps it) survives: the exceptions are rebuilt from the text, as their own classes
 * where those can be made from a message, so that {@link Failures} gives the same one line as the command line did.
 */
public final class RecordedFailures {

    private static final String CAUSED_BY = "Caused by: ";

    private RecordedFailures() {
    }

    /** The one line (cause and fix) of a failure from its exit description; null when the text names no exception. */
    public static Failures.Explained explain(String exitDescription, String databaseUrl) {
        Throwable failure = rebuild(exitDescription);
        return failure == null ? null : Failures.explain(failure, databaseUrl);
    }

    /** The outermost exception of a stack trace text, with its causes; null when the text holds none. */
    static Throwable rebuild(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String[]> chain = new ArrayList<>();
        StringBuilder message = null;
        String type = null;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            boolean frame = trimmed.startsWith("at ") || trimmed.startsWith("... ") || trimmed.startsWith("Suppressed:");
            if (frame) {
                if (type != null) {
                    chain.add(new String[] {type, message.toString()});
                    type = null;
                }
                continue;
            }
            String head = trimmed.startsWith(CAUSED_BY) ? trimmed.substring(CAUSED_BY.length()) : trimmed;
            if (type == null && (chain.isEmpty() || trimmed.startsWith(CAUSED_BY))) {
                int colon = head.indexOf(": ");
                String name = colon < 0 ? head : head.substring(0, colon);
                if (!name.matches("[\\w$.]+")) {
                    continue;
                }
                type = name;
                message = new StringBuilder(colon < 0 ? "" : head.substring(colon + 2));
            } else if (type != null) {
                message.append('\n').append(line);
            }
        }
        if (type != null) {
            chain.add(new String[] {type, message.toString()});
        }
        Throwable cause = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable t = make(chain.get(i)[0], chain.get(i)[1]);
            if (cause != null) {
                try {
                    t.initCause(cause);
                } catch (IllegalStateException e) {
                    t = new RecordedException(chain.get(i)[0], chain.get(i)[1], cause);
                }
            }
            cause = t;
        }
        return cause;
    }

    /** The exception of that class with that message when the class can be made from a message, else a stand-in. */
    private static Throwable make(String className, String message) {
        try {
            Class<?> type = Class.forName(className, false, RecordedFailures.class.getClassLoader());
            if (Throwable.class.isAssignableFrom(type) && (className.startsWith("java.")
                    || className.startsWith("gov.nist.mep.impact."))) {
                return (Throwable) type.getDeclaredConstructor(String.class).newInstance(message);
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // no such class here, or none with a message constructor: a stand-in carries the text
        }
        return new RecordedException(className, message, null);
    }

    /** An exception known only by its class name and message. */
    static final class RecordedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RecordedException(String className, String message, Throwable cause) {
            super(message.isEmpty() ? className : message, cause);
        }
    }
}
