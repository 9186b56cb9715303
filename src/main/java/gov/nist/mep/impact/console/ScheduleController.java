package gov.nist.mep.impact.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Schedule page and its "Run now" (operators only: the security chain refuses the POST to viewers). */
@Controller
@ConsoleOnly
class ScheduleController {

    private final ScheduleService schedule;

    ScheduleController(ScheduleService schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/schedule")
    String schedule(Model model) {
        model.addAttribute("definitions", schedule.definitions());
        model.addAttribute("scheduling", schedule.scheduling());
        model.addAttribute("jobsFolder", schedule.jobsFolder());
        return "console/schedule";
    }

    @PostMapping("/schedule/run")
    String runNow(@RequestParam String name, RedirectAttributes redirect) {
        ScheduleService.Launch launch = schedule.runNow(name);
        redirect.addFlashAttribute(launch.started() ? "started" : "refused", launch.message());
        return "redirect:/schedule";
    }
}
