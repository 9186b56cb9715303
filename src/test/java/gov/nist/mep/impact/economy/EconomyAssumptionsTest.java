package gov.nist.mep.impact.economy;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.Setting;
import org.junit.jupiter.api.Test;

/** The assumptions' valid values: the table years a setting may name are the years whose tables are shipped. */
class EconomyAssumptionsTest {

    @Test
    void theTableYearsASettingMayNameAreTheShippedOnes() throws Exception {
        Setting range = EconomyAssumptions.class.getRecordComponents()[4].getAnnotation(Setting.class);

        assertThat(EconomyAssumptions.class.getRecordComponents()[4].getName()).isEqualTo("tableYear");
        assertThat(Integer.valueOf(range.min())).isEqualTo(IoTables.availableYears().first());
        assertThat(Integer.valueOf(range.max())).isEqualTo(IoTables.availableYears().last());
    }
}
