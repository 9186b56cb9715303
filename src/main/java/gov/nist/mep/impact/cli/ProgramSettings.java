package gov.nist.mep.impact.cli;

import gov.nist.mep.impact.console.ConsoleSettings;
import gov.nist.mep.impact.economy.EconomyAssumptions;
import gov.nist.mep.impact.ingest.IngestSettings;
import gov.nist.mep.impact.ingest.StagingSettings;
import gov.nist.mep.impact.jobs.ReportSettings;
import gov.nist.mep.impact.jobs.operations.EnvironmentException;
import gov.nist.mep.impact.jobs.operations.PublishSettings;
import gov.nist.mep.impact.jobs.operations.RepositorySettings;
import gov.nist.mep.impact.jobs.operations.ScheduleSettings;
import gov.nist.mep.impact.jobs.operations.UsageException;
import gov.nist.mep.impact.metrics.OversightThresholds;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.support.SettingSource;
import gov.nist.mep.impact.support.SettingSources;
import gov.nist.mep.impact.support.Settings;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every {@code mep.*} setting of the program, checked when a command starts, before any work: first what the command
 * line and the environment variables give (before the application starts, so that even the nightly's unchanged-input
 * check never runs with a bad setting), then, when the application starts, everything Spring reads (settings files
 * included), before any bean is made. A new settings record (a {@code @ConfigurationProperties} record whose
 * components carry their {@code @Setting} range) is added to {@link #RECORDS}; {@code SettingsRegistryTest} fails
 * when one is missing.
 */
final class ProgramSettings {

    /** The settings records, each holding the settings of one prefix. */
    static final List<Class<? extends Record>> RECORDS = List.of(ProgramRules.class, OversightThresholds.class,
            EconomyAssumptions.class, StagingSettings.class, IngestSettings.class, ReportSettings.class,
            PublishSettings.class, ConsoleSettings.class, ScheduleSettings.class, RepositorySettings.class);


    /** First words of command-line settings that are Spring Boot's own: nothing of ours to check in them. */
    private static final List<String> SPRING_ROOTS = List.of("spring.", "logging.", "management.", "server.");

    private ProgramSettings() {
    }

    /** The registry of every setting. */
    static Settings registry() {
        return Registry.SETTINGS;
    }

    /** The registry, built on first use (the nightly's unchanged-input check with no setting never needs it). */
    private static final class Registry {
        static final Settings SETTINGS = Settings.of(RECORDS);

        private Registry() {
        }
    }

    /**
     * The problems of the settings given on the command line and in the environment variables (and Java system
     * properties), one line each.
     */
    static List<String> problems(List<String> springArguments, Map<String, String> environment) {
        if (!mayHoldOurs(springArguments, environment)) {
            return List.of();
        }
        return registry().problems(List.of(SettingSource.commandLine(springArguments),
                SettingSource.systemProperties(), SettingSource.environment(environment)));
    }

    /**
     * Whether anything given could be a setting of ours or a mistyped one: a command-line setting that is not Spring
     * Boot's own, an {@code MEP_} variable other than {@code MEP_IMPACT_JOBS/TEMPLATES}, a {@code mep.} system
     * property. When nothing is, there is nothing to check, and the check costs nothing (no class of Spring Boot's
     * binder is loaded): the nightly's unchanged-input check stays fast.
     */
    static boolean mayHoldOurs(List<String> springArguments, Map<String, String> environment) {
        for (String a : springArguments) {
            String name = a.startsWith("--") ? a.substring(2) : a;
            if (SPRING_ROOTS.stream().noneMatch(name::startsWith)) {
                return true;
            }
        }
        for (String variable : environment.keySet()) {
            String upper = variable.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("MEP_") && !upper.equals("MEP_IMPACT_JOBS") && !upper.equals("MEP_IMPACT_TEMPLATES")) {
                return true;
            }
        }
        return System.getProperties().stringPropertyNames().stream().anyMatch(n -> n.startsWith("mep."));
    }

    /**
     * The log file named by {@code logging.file.name} cannot be written: one line, exit code 4 (the environment),
     * before the logging system would print its own stack trace.
     */
    static void checkLogFile(Path logFile) {
        try {
            Path folder = logFile.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            if (Files.isDirectory(logFile)) {
                throw new IOException("it is a folder");
            }
            // what the logging system will do: open it to append (creating it when missing)
            Files.newOutputStream(logFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
        } catch (IOException | RuntimeException e) {
            throw new EnvironmentException("cannot write the log file " + logFile + " (" + reason(e) + "). Fix: choose a"
                    + " file you can write with --logging.file.name=FILE (LOGGING_FILE_NAME), or correct its folder's"
                    + " permissions");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Checks the settings as the application sees them (command line, environment, settings files), after the
     * settings files are read and before any bean is made: the log file first, before the logging system opens it
     * (else it prints its own stack trace), then every setting once the logging system is up (so that Spring Boot's
     * report of the failed start goes to the log file, not to the console). Two listeners, one per moment.
     */
    static List<SmartApplicationListener> checks() {
        Check check = new Check();
        return List.of(check.logFile, check);
    }

    /** The check of the settings, after the logging system started (order +25). */
    private static final class Check implements SmartApplicationListener {

        /** What the log file's check found: thrown by the settings check, once logging no longer prints it. */
        private EnvironmentException unwritableLog;

        /** The check of the log file, after the settings files are read (+10), before the logging system (+20). */
        private final SmartApplicationListener logFile = new SmartApplicationListener() {

            @Override
            public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
                return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType);
            }

            @Override
            public void onApplicationEvent(ApplicationEvent event) {
                ConfigurableEnvironment environment = ((ApplicationEnvironmentPreparedEvent) event).getEnvironment();
                String log = environment.getProperty("logging.file.name");
                if (log == null || log.isBlank()) {
                    return;
                }
                try {
                    checkLogFile(Path.of("").toAbsolutePath().resolve(log));
                } catch (EnvironmentException e) {
                    unwritableLog = e;
                    // the logging system gets a file it can write, so it starts without printing anything
                    try {
                        Path stand = Files.createTempFile("mep-impact-", ".log");
                        stand.toFile().deleteOnExit();
                        environment.getPropertySources().addFirst(new MapPropertySource("mep-impact-unwritable-log",
                                Map.of("logging.file.name", stand.toString())));
                    } catch (IOException tmp) {
                        throw e;
                    }
                }
            }

            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE + 15;
            }
        };

        @Override
        public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
            return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (unwritableLog != null) {
                throw unwritableLog;
            }
            ConfigurableEnvironment environment = ((ApplicationEnvironmentPreparedEvent) event).getEnvironment();
            List<String> problems = registry().problems(SettingSources.of(environment));
            if (!problems.isEmpty()) {
                throw new UsageException(problems);
            }
        }

        /** After the logging system started (order +20). */
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 25;
        }
    }
}
