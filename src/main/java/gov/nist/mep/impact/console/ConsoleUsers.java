package gov.nist.mep.impact.console;

import java.nio.file.Path;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The console's users, read from the users file at every sign-in; a locked name cannot sign in. */
@Component
@ConsoleOnly
class ConsoleUsers implements UserDetailsService {

    private final UsersFile file;
    private final LoginAttempts attempts;

    ConsoleUsers(ConsoleSettings settings, LoginAttempts attempts) {
        this.file = new UsersFile(Path.of(settings.usersFile()).toAbsolutePath());
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        UsersFile.User user = file.read().get(name);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(user.name()).password("{bcrypt}" + user.hash()).roles(user.role().name())
                .accountLocked(attempts.isLocked(name)).build();
    }

    /** Whether anyone can sign in (the console warns at start when the file has no user). */
    boolean anyUser() {
        return !file.read().isEmpty();
    }

    Path file() {
        return file.file();
    }
}
