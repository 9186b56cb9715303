package gov.nist.mep.impact.jobs.operations;

import gov.nist.mep.impact.support.Publisher;
import gov.nist.mep.impact.support.Setting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;

/**
 * The publishing settings a run reads ({@code mep.publish.*}), with their valid values (checked, like every setting,
 * when the command starts), and checked again when read.
 *
 * @param historyKeep how many earlier published sets history/ keeps (0 keeps none)
 */
@ConfigurationProperties("mep.publish")
public record PublishSettings(@Setting(min = "0") Integer historyKeep) {

    public static final String HISTORY_KEEP = "mep.publish.history-keep";

    public PublishSettings {
        historyKeep = historyKeep == null ? Publisher.DEFAULT_HISTORY_KEEP : historyKeep;
    }

    /** {@value #HISTORY_KEEP}: how many earlier published sets history/ keeps (0 keeps none). */
    public static int historyKeep(Environment environment) {
        String value = environment.getProperty(HISTORY_KEEP);
        if (value == null || value.isBlank()) {
            return Publisher.DEFAULT_HISTORY_KEEP;
        }
        try {
            int keep = Integer.parseInt(value.strip());
            if (keep >= 0) {
                return keep;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(HISTORY_KEEP + " must be a whole number from 0 up (how many earlier published sets"
                + " history/ keeps; default " + Publisher.DEFAULT_HISTORY_KEEP + "), not '" + value + "'");
    }
}
