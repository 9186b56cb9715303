package gov.nist.mep.impact.metrics;

import java.util.List;

/**
 * The congressional districts of a fiscal year, when the extract has a ZIP-to-district crosswalk and its clients have
 * ZIP codes: every district of the crosswalk by code, then {@value DistrictFigures#UNKNOWN}; and the clients the
 * crosswalk could not place. {@link #absent} when the extract cannot give district figures, saying why.
 *
 * @param congress the crosswalk's Congress (null when it has no row)
 * @param districts every district of the crosswalk, sorted by code, then the unknown group last
 * @param dataQuality the extract's accepted clients without a district, by reason, and state mismatches
 * @param absentBecause why there are no district figures (null when there are)
 */
public record Districts(Long congress, List<DistrictFigures> districts, DistrictQuality dataQuality,
        String absentBecause) {

    public Districts {
        districts = List.copyOf(districts);
    }

    static Districts absent(String because) {
        return new Districts(null, List.of(), null, because);
    }

    public boolean available() {
        return absentBecause == null;
    }

    /** The districts of the crosswalk, without the unknown group. */
    public List<DistrictFigures> crosswalkDistricts() {
        return districts.stream().filter(d -> !d.isUnknown()).toList();
    }

    /**
     * The extract's accepted clients (all years, as the record counts) that the crosswalk places in no district, by
     * reason, and those placed in a district of another state than their {@code state} column says.
     */
    public record DistrictQuality(long clientsWithoutDistrict, long blankZip, long malformedZip, long zipNotInCrosswalk,
            long stateMismatches) {
    }
}
