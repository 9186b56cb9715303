package gov.nist.mep.impact.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Centers page: data quality by center of an output folder. */
@Controller
@ConsoleOnly
class CentersController {

    private final CentersService centers;

    CentersController(CentersService centers) {
        this.centers = centers;
    }

    @GetMapping("/centers")
    String centers(@RequestParam(required = false) String folder, @RequestParam(required = false) Integer year,
            Model model) {
        model.addAttribute("centers", centers.centers(folder, year));
        model.addAttribute("bar", CentersService.BAR);
        return "console/centers";
    }
}
