package gov.nist.mep.impact.console;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What every page's layout needs (who is signed in, whether they may start runs), and the not-found page. */
@ControllerAdvice
@ConsoleOnly
class ConsoleAdvice {

    /** A run, file or page that does not exist, or that the request may not name. */
    static final class NotFound extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotFound(String what) {
            super(what);
        }
    }

    @ModelAttribute
    void layout(Model model, Principal principal) {
        model.addAttribute("userName", principal == null ? null : principal.getName());
        model.addAttribute("operator", principal instanceof Authentication a && a.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + UsersFile.Role.OPERATOR)::equals));
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Model model, Principal principal) {
        // model attribute methods do not run for exception handlers: the layout's attributes are added here
        layout(model, principal);
        model.addAttribute("what", e.getMessage());
        return "console/not-found";
    }
}
