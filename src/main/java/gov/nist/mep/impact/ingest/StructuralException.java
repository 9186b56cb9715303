package gov.nist.mep.impact.ingest;

import java.nio.file.Path;

/**
 * A fault in the shape of the extract (missing folder or file, missing required column, undecodable bytes, malformed
 * JSON line). It fails the job: nothing is published. Record-level faults are {@link Rejection}s instead.
 */
public class StructuralException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StructuralException(String message) {
        super(message);
    }

    public StructuralException(String message, Throwable cause) {
        super(message, cause);
    }

    static StructuralException at(String file, long line, long column, String what) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(", line ").append(line);
        }
        if (column > 0) {
            where.append(", column ").append(column);
        }
        return new StructuralException(where + ": " + what);
    }

    static StructuralException missing(Path path, String what) {
        return new StructuralException(path + ": " + what);
    }
}
