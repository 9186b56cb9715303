package gov.nist.mep.impact.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The console's security, in one filter chain: form sign-in against the users file, roles VIEWER (read, download) and
 * OPERATOR (also "Run now"), CSRF tokens on every POST, a strict Content-Security-Policy (scripts and styles only from
 * the console itself), no framing, no referrer to other sites, and a lock after five failed sign-ins.
 */
@Configuration
@ConsoleOnly
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, LoginAttempts attempts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/console/**", "/error").permitAll()
                .requestMatchers(HttpMethod.POST, "/schedule/run").hasRole(UsersFile.Role.OPERATOR.name())
                .anyRequest().hasAnyRole(UsersFile.Role.VIEWER.name(), UsersFile.Role.OPERATOR.name()))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            attempts.succeeded(authentication.getName());
                            response.sendRedirect(request.getContextPath() + "/runs");
                        })
                        .failureHandler((request, response, failure) -> failed(request, response, failure, attempts)))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        return http.build();
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure,
            LoginAttempts attempts) throws IOException {
        String name = request.getParameter("username");
        if (failure instanceof BadCredentialsException) {
            attempts.failed(name);
        }
        boolean locked = failure instanceof LockedException || attempts.isLocked(name);
        response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?failed"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
