package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.jobs.operations.ExitCodes;
import gov.nist.mep.impact.jobs.operations.JobRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;

/** The {@code console} command: users added with the password from standard input; a bind that is refused. */
class ConsoleCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void addUserReadsThePasswordFromStandardInputAndStoresOnlyItsHash() throws Exception {
        Path users = dir.resolve("users.properties");
        Main.Options options = Main.Options.parse(new String[] {"console", "add-user", "ana", "--role", "operator",
            "--mep.console.users-file=" + users}, Map.of());

        int exit = ConsoleCommand.run(options, new ByteArrayInputStream("a long pass phrase\n"
                .getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("user ana (operator) written to " + users);
        String text = Files.readString(users);
        assertThat(text).containsPattern("(?m)^ana=OPERATOR:\\$2[aby]\\$10\\$").doesNotContain("pass phrase");
    }

    @Test
    void aPasswordIsNeverAnArgument() {
        int exit = Main.run(new String[] {"console", "add-user", "ana", "--role", "viewer", "--password",
            "a long pass phrase"}, new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --password");
    }

    @Test
    void theOtherCommandsStartNoWebServerAndNoConsoleBean() {
        try (ConfigurableApplicationContext context = Main.startSpring(List.of("--spring.datasource.url=jdbc:h2:mem:"
                + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "--logging.level.gov.nist.mep=WARN"))) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBeanNamesForType(SecurityFilterChain.class)).isEmpty();
            assertThat(context.getBeanNamesForAnnotation(Controller.class)).isEmpty();
            assertThat(context.getBeanNamesForType(JobRunner.class)).hasSize(1);
        }
    }

    @Test
    void aNonLoopbackAddressWithoutTlsIsRefusedBeforeListening() {
        int exit = Main.run(new String[] {"console", "--server.address=0.0.0.0", "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "--logging.file.name=" + dir.resolve("log.txt"), "--logging.level.gov.nist.mep=WARN",
            "--jobs", dir.toString()}, new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("error: the console would listen on"
                + " 0.0.0.0 without TLS").contains("--mep.console.allow-plain-http=true").doesNotContain("\tat ");
    }
}
