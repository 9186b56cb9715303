package gov.nist.mep.impact.cli;

import java.util.List;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The settings as the application will see them (command-line settings, system properties, environment variables,
 * application.properties in the jar, the working folder and its config/), built without starting the application:
 * for what the command line decides before it starts it (the nightly's unchanged-input check, settings checks).
 */
final class SettingsEnvironment {

    private SettingsEnvironment() {
    }

    static ConfigurableEnvironment of(List<String> springArguments) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArguments
                .toArray(String[]::new)));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return environment;
    }
}
