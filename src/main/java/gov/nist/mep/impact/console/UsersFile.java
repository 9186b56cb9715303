package gov.nist.mep.impact.console;

import gov.nist.mep.impact.support.SetupException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The console's users file: one line per user, {@code NAME=ROLE:HASH}, the role {@code VIEWER} or {@code OPERATOR} and
 * the password's bcrypt hash. Written by {@code console add-user}, read at every sign-in (so a user added while the
 * console runs can sign in at once). Only the owner may read it.
 */
public final class UsersFile {

    /** The roles: a viewer reads and downloads; an operator also starts runs. */
    public enum Role {
        VIEWER, OPERATOR
    }

    /** One user of the file. */
    public record User(String name, Role role, String hash) {
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final int MIN_PASSWORD = 12;

    private final Path file;

    public UsersFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Adds or replaces a user; the password is hashed with bcrypt and never stored. */
    public void put(String name, String role, char[] password) {
        if (!NAME.matcher(name).matches()) {
            throw new SetupException("user name '" + name + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        Role r;
        try {
            r = Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SetupException("--role must be viewer or operator, not '" + role + "'");
        }
        if (password.length < MIN_PASSWORD) {
            throw new SetupException("the password must have at least " + MIN_PASSWORD + " characters");
        }
        Map<String, User> users = read();
        users.put(name, new User(name, r, new BCryptPasswordEncoder().encode(new String(password))));
        write(users);
    }

    /** The users by name; none when the file does not exist. */
    public Map<String, User> read() {
        Map<String, User> users = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return users;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console users file " + file, e);
        }
        for (String name : p.stringPropertyNames()) {
            String value = p.getProperty(name);
            int colon = value.indexOf(':');
            if (colon < 0) {
                continue;
            }
            try {
                users.put(name, new User(name, Role.valueOf(value.substring(0, colon).strip()),
                        value.substring(colon + 1).strip()));
            } catch (IllegalArgumentException e) {
                // a line with an unknown role grants nothing
            }
        }
        return users;
    }

    private void write(Map<String, User> users) {
        StringBuilder text = new StringBuilder("# MEP Impact console users: NAME=ROLE:BCRYPT_HASH (written by"
                + " `console add-user NAME --role viewer|operator`)\n");
        for (User u : users.values()) {
            text.append(u.name()).append('=').append(u.role()).append(':').append(u.hash()).append('\n');
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".console-users", ".tmp");
            try {
                ownerOnly(temp);
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the console users file " + file, e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own permissions apply
        }
    }
}
