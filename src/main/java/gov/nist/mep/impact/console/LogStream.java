package gov.nist.mep.impact.console;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;

/** The console output of runs the console starts: each line goes to the log (and to a listener), none to a terminal. */
final class LogStream extends OutputStream {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final Logger log;
    private final Consumer<String> listener;

    private LogStream(Logger log, Consumer<String> listener) {
        this.log = log;
        this.listener = listener;
    }

    static PrintStream to(Logger log, Consumer<String> listener) {
        return new PrintStream(new LogStream(log, listener), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            log.info("{}", text);
            listener.accept(text);
        } else {
            line.write(b);
        }
    }
}
