package gov.nist.mep.impact.support;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Passed before each operation of a publish that changes the disk. Production passes {@link #NONE}; the tests fail the
 * operation there (a full disk) or kill the process there (SIGKILL), one operation after the other.
 */
@FunctionalInterface
interface Checkpoint {

    Checkpoint NONE = (operation, path) -> {
    };

    void reached(String operation, Path path) throws IOException;
}
