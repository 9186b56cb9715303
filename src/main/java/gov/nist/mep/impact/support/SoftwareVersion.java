package gov.nist.mep.impact.support;

/**
 * The version of this software, as the jar's manifest states it ({@code Implementation-Version}, written by the
 * build); "development" when running from classes (tests, an IDE). Read here so that no layer needs the Boot
 * application class to learn it.
 */
public final class SoftwareVersion {

    /** What a run from classes (no jar manifest) records as its version. */
    public static final String DEVELOPMENT = "development";

    private SoftwareVersion() {
    }

    public static String current() {
        String version = SoftwareVersion.class.getPackage().getImplementationVersion();
        return version == null ? DEVELOPMENT : version;
    }
}
