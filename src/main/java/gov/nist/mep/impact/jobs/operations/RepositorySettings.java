package gov.nist.mep.impact.jobs.operations;

import gov.nist.mep.impact.support.Setting;
import gov.nist.mep.impact.support.Setting.Syntax;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The job repository's settings ({@code mep.repository.*}), with their valid values, checked when the command starts.
 *
 * @param waitForOthers how long a process that serves the H2 job repository to other processes waits, before it exits,
 *     for those in a statement or a transaction
 */
@ConfigurationProperties("mep.repository")
public record RepositorySettings(@Setting(syntax = Syntax.DURATION, min = "0s", max = "1d") String waitForOthers) {

    public RepositorySettings {
        waitForOthers = waitForOthers == null ? "2m" : waitForOthers;
    }
}
