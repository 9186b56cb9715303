package gov.nist.mep.impact.console;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.support.SetupException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ListenAddressTest {

    private static ConsoleSettings settings(boolean allowPlainHttp) {
        return new ConsoleSettings(".mep-impact/console-users.properties", false, allowPlainHttp, 25);
    }

    @Test
    void loopbackIsTheDefaultAndNeedsNothing() {
        assertThatCode(() -> new ListenAddress(new MockEnvironment(), settings(false))).doesNotThrowAnyException();
        assertThatCode(() -> new ListenAddress(new MockEnvironment().withProperty("server.address", "::1"),
                settings(false))).doesNotThrowAnyException();
    }

    @Test
    void anotherAddressWithoutTlsIsRefusedWithTheFix() {
        assertThatThrownBy(() -> new ListenAddress(new MockEnvironment().withProperty("server.address", "0.0.0.0"),
                settings(false))).isInstanceOf(SetupException.class).hasMessageContaining("0.0.0.0 without TLS")
                .hasMessageContaining("--mep.console.allow-plain-http=true").hasMessageContaining("server.ssl");
    }

    @Test
    void anotherAddressIsAllowedWithTlsOrWhenPlainHttpIsAccepted() {
        assertThatCode(() -> new ListenAddress(new MockEnvironment().withProperty("server.address", "0.0.0.0")
                .withProperty("server.ssl.bundle", "console"), settings(false))).doesNotThrowAnyException();
        assertThatCode(() -> new ListenAddress(new MockEnvironment().withProperty("server.address", "0.0.0.0"),
                settings(true))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new ListenAddress(new MockEnvironment().withProperty("server.address", "0.0.0.0")
                .withProperty("server.ssl.bundle", "console").withProperty("server.ssl.enabled", "false"),
                settings(false))).isInstanceOf(SetupException.class);
    }
}
