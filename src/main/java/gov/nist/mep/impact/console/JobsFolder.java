package gov.nist.mep.impact.console;

import java.nio.file.Path;

/**
 * The jobs folder the console shows and runs, chosen as the command line chooses it ({@code --jobs DIR},
 * {@code $MEP_IMPACT_JOBS}, {@code jobs/} in the working folder, the built-in definitions).
 *
 * @param folder the folder of the definitions
 * @param base the folder the definitions' paths are relative to
 * @param description how to name it to a user
 */
public record JobsFolder(Path folder, Path base, String description) {
}
