package gov.nist.mep.impact.ingest;

import gov.nist.mep.impact.support.Setting;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ingest's settings ({@code mep.ingest.*}), with their valid values, checked when the command starts.
 *
 * @param threads units of files staged at once; 0: the cores
 */
@ConfigurationProperties("mep.ingest")
public record IngestSettings(@Setting(min = "0", max = "256") Integer threads) {

    public IngestSettings {
        threads = threads == null ? 0 : threads;
    }
}
