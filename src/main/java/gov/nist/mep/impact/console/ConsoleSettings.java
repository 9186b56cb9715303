package gov.nist.mep.impact.console;

import gov.nist.mep.impact.support.Setting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's settings ({@code mep.console.*}), with their valid values ({@link Setting}, checked when a command
 * starts).
 *
 * @param usersFile the users file written by {@code console add-user} (name, role, bcrypt hash)
 * @param schedule whether the console also runs the schedule of the job definitions, as {@code schedule} does
 * @param allowPlainHttp whether the console may listen on an address other than loopback without TLS
 * @param pageSize executions per page of the Runs page
 */
@ConfigurationProperties("mep.console")
public record ConsoleSettings(
        @Setting @DefaultValue(".mep-impact/console-users.properties") String usersFile,
        @Setting @DefaultValue("false") boolean schedule,
        @Setting @DefaultValue("false") boolean allowPlainHttp,
        @Setting(min = "1", max = "500") @DefaultValue("25") int pageSize) {

    public ConsoleSettings {
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("mep.console.page-size must be between 1 and 500, not " + pageSize);
        }
    }
}
