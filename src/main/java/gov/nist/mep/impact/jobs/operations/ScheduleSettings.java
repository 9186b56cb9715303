package gov.nist.mep.impact.jobs.operations;

import gov.nist.mep.impact.support.Setting;
import gov.nist.mep.impact.support.Setting.Syntax;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of a long-lived process that runs jobs ({@code mep.schedule.*}), with their valid values, checked when
 * the command starts.
 *
 * @param stopWait how long {@code schedule} (and the web console), when stopped, waits for its running jobs to stop at
 *     their next step
 */
@ConfigurationProperties("mep.schedule")
public record ScheduleSettings(@Setting(syntax = Syntax.DURATION, min = "0s", max = "1d") String stopWait) {

    public ScheduleSettings {
        stopWait = stopWait == null ? "2m" : stopWait;
    }
}
