package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Districts and Congresses named the way Congressional staff say them. */
class DistrictNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "OH-09|Ohio's 9th Congressional District",
        "OH-01|Ohio's 1st Congressional District",
        "TX-02|Texas's 2nd Congressional District",
        "NY-03|New York's 3rd Congressional District",
        "CA-11|California's 11th Congressional District",
        "CA-12|California's 12th Congressional District",
        "CA-13|California's 13th Congressional District",
        "CA-21|California's 21st Congressional District",
        "CA-22|California's 22nd Congressional District",
        "TX-23|Texas's 23rd Congressional District",
        "WY-AL|Wyoming (at large)",
        "DC-DL|District of Columbia (delegate)",
        "PR-DL|Puerto Rico (delegate)",
        "unknown|unknown"})
    void aDistrictIsNamedAsStaffSayIt(String code, String name) {
        assertThat(DistrictNames.name(code)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"OH-09|Ohio's 9th Congressional District",
        "WY-AL|Wyoming's at-large district", "DC-DL|the District of Columbia", "PR-DL|Puerto Rico"})
    void aSentenceNamesTheDistrictAsItReads(String code, String place) {
        assertThat(DistrictNames.place(code)).isEqualTo(place);
    }

    @ParameterizedTest
    @CsvSource({"118,118th Congress", "111,111th Congress", "112,112th Congress", "113,113th Congress",
        "121,121st Congress", "122,122nd Congress", "123,123rd Congress", "101,101st Congress"})
    void aCongressIsNamedByItsOrdinal(long congress, String name) {
        assertThat(DistrictNames.congress(congress)).isEqualTo(name);
    }
}
