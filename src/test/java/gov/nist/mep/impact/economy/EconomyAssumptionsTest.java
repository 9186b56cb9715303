package gov.nist.mep.impact.economy;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.Setting;
import org.junit.jupiter.api.Test;

/** The assumptions' valid values: the table years a setting may name are the years whose tables are shipped. */
class EconomyAssumptionsTest {

    @Test
    void theTableYearsASettingMayNameAreTheShippedOnes() throws Exception {
        Setting range = EconomyAssumptions.class.getDeclaredMethod("tableYear").getAnnotation(Setting.class);
        if (range == null) {
            range = java.util.Arrays.stream(EconomyAssumptions.class.getRecordComponents())
                    .filter(c -> c.getName().equals("tableYear")).findFirst().orElseThrow()
                    .getAnnotation(Setting.class);
        }

        assertThat(range).isNotNull();
        assertThat(Integer.valueOf(range.min())).isEqualTo(IoTables.availableYears().first());
        assertThat(Integer.valueOf(range.max())).isEqualTo(IoTables.availableYears().last());
    }
}
