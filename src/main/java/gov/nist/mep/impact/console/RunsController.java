package gov.nist.mep.impact.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The Runs page, the page of one run, its downloads, and the progress of running runs (for the page's script). */
@Controller
@ConsoleOnly
class RunsController {

    private final RunsService runs;
    private final RunService run;
    private final PublishedOutputs published;

    RunsController(RunsService runs, RunService run, PublishedOutputs published) {
        this.runs = runs;
        this.run = run;
        this.published = published;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/runs";
    }

    @GetMapping("/runs")
    String runs(@RequestParam(required = false) String job, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("runs", runs.page(blankToNull(job), blankToNull(status), page));
        return "console/runs";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", run.run(id).orElseThrow(() -> new ConsoleAdvice.NotFound("run " + id)));
        return "console/run";
    }

    /** The rows of running executions, as JSON, for the script that refreshes their progress. */
    @GetMapping(value = "/runs/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<RunsService.RunRow> progress(@RequestParam(defaultValue = "") String ids) {
        List<Long> wanted = Arrays.stream(ids.split(",")).map(String::strip).filter(s -> s.matches("\\d{1,18}"))
                .limit(100).map(Long::valueOf).toList();
        return runs.rows(wanted);
    }

    /** A file the run's manifest lists; anything else, whatever the name says, is not found. */
    @GetMapping("/runs/{id}/download")
    ResponseEntity<FileSystemResource> download(@PathVariable long id, @RequestParam(required = false) String file)
            throws IOException {
        PublishedOutputs.Outputs outputs = run.execution(id).map(published::of)
                .orElseThrow(() -> new ConsoleAdvice.NotFound("run " + id));
        Path path = published.file(outputs, file).orElseThrow(() -> new ConsoleAdvice.NotFound("file"));
        String name = path.getFileName().toString();
        MediaType type = name.endsWith(".csv") ? MediaType.parseMediaType("text/csv;charset=UTF-8")
                : name.endsWith(".json") ? MediaType.APPLICATION_JSON
                : name.endsWith(".pdf") ? MediaType.APPLICATION_PDF
                : name.endsWith(".xlsx")
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok().contentType(type).contentLength(Files.size(path))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(new FileSystemResource(path));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
