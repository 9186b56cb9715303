package gov.nist.mep.impact.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which district each accepted client of a run is in, as the staging engine worked it out from the crosswalk (the
 * district of the client's ZIP code with the largest business share, ties to the lower code), and the clients it could
 * not place. Built once per run; the years' district figures read it.
 */
final class DistrictAssignment {

    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    static final String NO_CROSSWALK = "the extract has no reference/zip-congressional-districts.csv";
    static final String NO_ZIP = "no client record has a zip code (older extracts have no zip column)";

    private final Long congress;
    private final List<String> districts;
    private final Map<String, String> byClient;
    private final Districts.DistrictQuality quality;
    private final String absentBecause;

    private DistrictAssignment(Long congress, List<String> districts, Map<String, String> byClient,
            Districts.DistrictQuality quality, String absentBecause) {
        this.congress = congress;
        this.districts = districts;
        this.byClient = byClient;
        this.quality = quality;
        this.absentBecause = absentBecause;
    }

    static DistrictAssignment of(StagedRecords extract, long runId) {
        StagedRecords.Crosswalk crosswalk = extract.crosswalk(runId).orElse(null);
        if (crosswalk == null) {
            return absent(NO_CROSSWALK);
        }
        Map<String, String> byClient = new HashMap<>();
        long[] counts = new long[5];
        extract.clientDistricts(runId, c -> {
            String zip = c.zip();
            if (zip != null) {
                counts[4]++;
            }
            if (c.district() != null) {
                byClient.put(c.centerId() + "/" + c.clientId(), c.district());
                if (c.state() != null && !c.district().startsWith(c.state() + "-")) {
                    counts[3]++;
                }
            } else if (zip == null) {
                counts[0]++;
            } else if (!ZIP.matcher(zip).matches()) {
                counts[1]++;
            } else {
                counts[2]++;
            }
        });
        if (counts[4] == 0) {
            return absent(NO_ZIP);
        }
        return new DistrictAssignment(crosswalk.congress(), crosswalk.districts(), Map.copyOf(byClient),
                new Districts.DistrictQuality(counts[0] + counts[1] + counts[2], counts[0], counts[1], counts[2],
                        counts[3]), null);
    }

    private static DistrictAssignment absent(String because) {
        return new DistrictAssignment(null, List.of(), Map.of(), null, because);
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

    /** The client's district, or {@link DistrictFigures#UNKNOWN}. */
    String districtOf(String clientKey) {
        return byClient.getOrDefault(clientKey, DistrictFigures.UNKNOWN);
    }

    Districts.DistrictQuality quality() {
        return quality;
    }
}
