package gov.nist.mep.impact.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.support.SetupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class UsersFileTest {

    @TempDir
    Path dir;

    @Test
    void aUserIsStoredWithItsRoleAndABcryptHashNeverThePassword() throws Exception {
        UsersFile file = new UsersFile(dir.resolve("sub").resolve("users.properties"));
        file.put("ana", "operator", "a long pass phrase".toCharArray());
        file.put("vic", "VIEWER", "another pass phrase".toCharArray());
        file.put("ana", "viewer", "a new pass phrase!".toCharArray());

        String text = Files.readString(file.file());
        assertThat(text).doesNotContain("pass phrase");
        assertThat(file.read()).containsOnlyKeys("ana", "vic");
        UsersFile.User ana = file.read().get("ana");
        assertThat(ana.role()).isEqualTo(UsersFile.Role.VIEWER);
        assertThat(ana.hash()).startsWith("$2");
        assertThat(new BCryptPasswordEncoder().matches("a new pass phrase!", ana.hash())).isTrue();
        assertThat(Files.getPosixFilePermissions(file.file()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void badNamesRolesAndShortPasswordsAreRefused() {
        UsersFile file = new UsersFile(dir.resolve("users.properties"));
        assertThatThrownBy(() -> file.put("a=b", "viewer", "a long pass phrase".toCharArray()))
                .isInstanceOf(SetupException.class);
        assertThatThrownBy(() -> file.put("ana", "admin", "a long pass phrase".toCharArray()))
                .isInstanceOf(SetupException.class).hasMessageContaining("viewer or operator");
        assertThatThrownBy(() -> file.put("ana", "viewer", "short".toCharArray()))
                .isInstanceOf(SetupException.class).hasMessageContaining("at least 12");
        assertThat(file.read()).isEmpty();
    }
}
