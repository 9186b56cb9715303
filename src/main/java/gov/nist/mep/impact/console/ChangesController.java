package gov.nist.mep.impact.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Changes page of a run. */
@Controller
@ConsoleOnly
class ChangesController {

    private final ChangesService changes;

    ChangesController(ChangesService changes) {
        this.changes = changes;
    }

    @GetMapping("/runs/{id}/changes")
    String changes(@PathVariable long id, Model model) {
        model.addAttribute("changes", changes.of(id).orElseThrow(() -> new ConsoleAdvice.NotFound("run " + id)));
        return "console/changes";
    }
}
