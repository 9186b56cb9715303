package gov.nist.mep.impact.cli;

import gov.nist.mep.impact.support.Publisher;
import java.util.List;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The settings as the application will see them (command-line settings, system properties, environment variables,
 * application.properties in the jar, the working folder and its config/), built without starting the application:
 * for what the command line decides before it starts it (the nightly's unchanged-input check, settings checks).
 */
final class SettingsEnvironment {

    static final String HISTORY_KEEP = "mep.publish.history-keep";

    private SettingsEnvironment() {
    }

    static ConfigurableEnvironment of(List<String> springArguments) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArguments
                .toArray(String[]::new)));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return environment;
    }

    /** {@value #HISTORY_KEEP}: how many earlier published sets history/ keeps (0 keeps none). */
    static int historyKeep(Environment environment) {
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
