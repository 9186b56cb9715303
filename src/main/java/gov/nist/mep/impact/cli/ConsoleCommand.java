package gov.nist.mep.impact.cli;

import gov.nist.mep.impact.MepImpactApplication;
import gov.nist.mep.impact.console.JobsFolder;
import gov.nist.mep.impact.console.UsersFile;
import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.jobs.operations.UsageException;
import gov.nist.mep.impact.support.BuiltInFolders;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The {@code console} command: the web console for analysts ({@code console}), and its users
 * ({@code console add-user NAME --role viewer|operator}, the password read from the terminal or standard input, never
 * from an argument). Only this command starts a web server: it adds the {@code console} profile
 * (application-console.properties), which makes the application a web application; every other command runs with
 * {@code spring.main.web-application-type=none}.
 */
final class ConsoleCommand {

    static final String PROFILE = "console";

    private ConsoleCommand() {
    }

    static int run(Main.Options options, InputStream in, PrintStream out) throws Exception {
        if (!options.positional().isEmpty() && options.positional().get(0).equals("add-user")) {
            return addUser(options, in, out);
        }
        if (!options.positional().isEmpty()) {
            throw new UsageException("console takes no argument but add-user, not '" + options.positional().get(0)
                    + "'");
        }
        Path cwd = Path.of("").toAbsolutePath();
        BuiltInFolders.Location jobs = options.jobsFolder(cwd);
        JobsFolder folder = new JobsFolder(jobs.folder(), jobs.builtIn() ? cwd : jobs.folder().getParent(),
                jobs.describe());
        ConfigurableApplicationContext context = start(options, folder);
        Environment env = context.getEnvironment();
        int port = context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : -1;
        boolean tls = env.getProperty("server.ssl.bundle") != null || env.getProperty("server.ssl.key-store") != null;
        String address = env.getProperty("server.address", "127.0.0.1");
        Path users = cwd.resolve(env.getProperty("mep.console.users-file", "")).normalize();
        out.println("MEP Impact console on " + (tls ? "https" : "http") + "://" + (address.contains(":") ? "["
                + address + "]" : address) + ":" + port + "/ (jobs: " + jobs.describe() + "; users: " + users + ")."
                + " Stop it with Ctrl-C.");
        if (new UsersFile(users).read().isEmpty()) {
            out.println("warning: no user can sign in yet. Add one: java -jar mep-impact.jar console add-user NAME"
                    + " --role operator");
        }
        // stopped on the signal, before H2's own hook closes the job repository under the console's running jobs
        StopSignals.onStop(() -> {
            try {
                // the console may serve the H2 file to command-line runs: let them finish first
                context.getBean(SharedDatabase.class).awaitOtherProcesses(out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                context.close();
            }
        }, ExitCodes.OK);
        Thread.currentThread().join();
        return ExitCodes.OK;
    }

    /** Starts the console's application (a web application, the console profile) and returns once it listens. */
    static ConfigurableApplicationContext start(Main.Options options, JobsFolder jobs) {
        SpringApplication app = new SpringApplication(MepImpactApplication.class);
        app.setRegisterShutdownHook(false);
        app.setAdditionalProfiles(PROFILE);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("jobsFolder", jobs));
        return app.run(options.springArguments().toArray(String[]::new));
    }

    private static int addUser(Main.Options options, InputStream in, PrintStream out) throws IOException {
        if (options.positional().size() != 2) {
            throw new UsageException("console add-user needs one user name: console add-user NAME --role"
                    + " viewer|operator (the password is asked for, never given as an argument)");
        }
        String role = options.value("role");
        if (role == null) {
            throw new UsageException("console add-user needs --role viewer or --role operator");
        }
        String name = options.positional().get(1);
        Path file = Path.of("").toAbsolutePath().resolve(options.usersFile()).normalize();
        char[] password = readPassword(in, out);
        try {
            new UsersFile(file).put(name, role, password);
        } finally {
            Arrays.fill(password, ' ');
        }
        out.println("user " + name + " (" + role.toLowerCase(java.util.Locale.ROOT) + ") written to " + file);
        return ExitCodes.OK;
    }

    /** The password from the terminal, typed twice without echo; without a terminal, the first line of the input. */
    private static char[] readPassword(InputStream in, PrintStream out) throws IOException {
        Console terminal = System.console();
        if (terminal != null && in == System.in) {
            char[] first = terminal.readPassword("Password (at least %d characters): ", 12);
            char[] again = terminal.readPassword("The same password again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new UsageException("the two passwords differ; nothing was written");
            }
            Arrays.fill(again, ' ');
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new UsageException("console add-user reads the password from the terminal or the first line of"
                    + " standard input, and got none");
        }
        return line.toCharArray();
    }
}
