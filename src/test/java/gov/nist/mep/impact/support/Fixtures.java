package gov.nist.mep.impact.support;

import java.nio.file.Path;

/**
 * The golden fixtures under {@code src/test/resources/fixtures/} (see the README there): the contract's worked
 * example and the program's published figures, copied into the repository so that a clone tests on its own.
 */
public final class Fixtures {

    private static final Path ROOT = Path.of("src", "test", "resources", "fixtures").toAbsolutePath();

    /** The worked example: {@code extract/}, {@code expected-rejects.txt}, {@code expected-metrics-FY*.json}. */
    public static final Path CONTRACT_EXAMPLE = ROOT.resolve("contract-example");

    /** The worked example's extract folder. */
    public static final Path EXAMPLE_EXTRACT = CONTRACT_EXAMPLE.resolve("extract");

    /**
     * The worked example's expected {@code centerOversight}, {@code stateTrend} and suppression of every group, computed
     * by the independent script in that folder (not by the production code).
     */
    public static final Path WORKED_EXAMPLE_OVERSIGHT = ROOT.resolve("worked-example-oversight");

    /**
     * The worked example with congressional districts: the contract example's extract with a {@code zip} column and a
     * small crosswalk, and {@code expected-districts-FY2014.json}, computed by hand (see its README).
     */
    public static final Path DISTRICT_EXAMPLE = ROOT.resolve("district-example");

    /** The program's published national figures by fiscal year. */
    public static final Path PUBLISHED_FIGURES = ROOT.resolve("published").resolve("published-figures.csv");

    /** BEA's "Total Industry Output Requirement" row of the domestic requirements tables, 2010-2015. */
    public static final Path BEA_TOTAL_OUTPUT_REQUIREMENT = ROOT.resolve("bea")
            .resolve("bea-total-output-requirement-2010-2015.csv");

    /**
     * Expected economy-wide figures computed by {@code economy-wide/economy_expected.py} from BEA's original tables,
     * without the project's code (see the README there).
     */
    public static final Path ECONOMY_WIDE_EXPECTED = ROOT.resolve("economy-wide").resolve("expected-economy-wide.json");

    private Fixtures() {
    }
}
