package gov.nist.mep.impact.console;

import gov.nist.mep.impact.support.SetupException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The console listens on 127.0.0.1 unless told otherwise, and refuses, before it listens at all, an address other
 * than loopback unless TLS is configured ({@code server.ssl.*}) or {@code mep.console.allow-plain-http=true} says that
 * something else (a reverse proxy on the same host or network) protects it.
 */
@Component
@ConsoleOnly
class ListenAddress {

    ListenAddress(Environment environment, ConsoleSettings settings) {
        String address = environment.getProperty("server.address", "127.0.0.1");
        boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, Boolean.TRUE)
                && (environment.getProperty("server.ssl.key-store") != null
                || environment.getProperty("server.ssl.certificate") != null
                || environment.getProperty("server.ssl.bundle") != null);
        if (!loopback(address) && !tls && !settings.allowPlainHttp()) {
            throw new SetupException("the console would listen on " + address + " without TLS, so passwords and"
                    + " session cookies would cross the network in clear. Fix: configure TLS (server.ssl.bundle or"
                    + " server.ssl.key-store, see README), or listen on 127.0.0.1 behind a reverse proxy that"
                    + " terminates TLS, or accept the risk with --mep.console.allow-plain-http=true");
        }
    }

    static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new SetupException("server.address '" + address + "' is no address of this machine. Fix: give an"
                    + " IP address or host name, e.g. --server.address=127.0.0.1");
        }
    }
}
