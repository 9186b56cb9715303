package gov.nist.mep.impact.metrics;

import java.util.List;

/**
 * The districts of a run's crosswalk and how its accepted clients were placed in them. Each project and survey record
 * comes from the staging engine with its client's district already joined (the district of the client's ZIP code with
 * the largest business share, ties to the lower code), so nothing is held per client here; the counts of clients the
 * crosswalk could not place are one aggregate of the engine. Built once per run; the years' district figures read it.
 */
final class DistrictAssignment {

    static final String NO_CROSSWALK = "the extract has no reference/zip-congressional-districts.csv";
    static final String NO_ZIP = "no client record has a zip code (older extracts have no zip column)";

    private final Long congress;
    private final List<String> districts;
    private final Districts.DistrictQuality quality;
    private final String absentBecause;

    private DistrictAssignment(Long congress, List<String> districts, Districts.DistrictQuality quality,
            String absentBecause) {
        this.congress = congress;
        this.districts = districts;
        this.quality = quality;
        this.absentBecause = absentBecause;
    }

    static DistrictAssignment of(StagedRecords extract, long runId) {
        StagedRecords.Crosswalk crosswalk = extract.crosswalk(runId).orElse(null);
        if (crosswalk == null) {
            return absent(NO_CROSSWALK);
        }
        StagedRecords.ClientPlacement placed = extract.clientPlacement(runId);
        if (placed.withZip() == 0) {
            return absent(NO_ZIP);
        }
        return new DistrictAssignment(crosswalk.congress(), crosswalk.districts(),
                new Districts.DistrictQuality(placed.blank() + placed.malformed() + placed.notInCrosswalk(),
                        placed.blank(), placed.malformed(), placed.notInCrosswalk(), placed.stateMismatch()), null);
    }

    private static DistrictAssignment absent(String because) {
        return new DistrictAssignment(null, List.of(), null, because);
    }

    boolean available() {
        return absentBecause == null;
    }

    String absentBecause() {
        return absentBecause;
    }

    Long congress() {
        return congress;
    }

    /** The crosswalk's districts, sorted by code. */
    List<String> districts() {
        return districts;
    }

    /** The group of a record whose client's district is {@code district}: {@link DistrictFigures#UNKNOWN} for none. */
    static String groupOf(String district) {
        return district == null ? DistrictFigures.UNKNOWN : district;
    }

    Districts.DistrictQuality quality() {
        return quality;
    }
}
