package gov.nist.mep.impact.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (Spring Security handles the POST). */
@Controller
@ConsoleOnly
class LoginController {

    @GetMapping("/login")
    String login() {
        return "console/login";
    }
}
