package org.parcelwatch.api.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.api.application.admin.ProjectionReplayCoordinator;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.application.clock.ClockRange;
import org.parcelwatch.api.application.clock.ClockService;
import org.parcelwatch.api.application.imports.ImportOptions;
import org.parcelwatch.api.application.imports.ImportService;
import org.parcelwatch.api.application.imports.InvalidSeedFileException;
import org.parcelwatch.api.application.imports.SeedFile;
import org.parcelwatch.api.application.sweep.SweepInProgressException;
import org.parcelwatch.api.application.sweep.SweepRunLog;
import org.parcelwatch.api.application.sweep.SweepService;
import org.parcelwatch.api.web.security.ApiAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page (role ADMIN, from the API's table through the page chain): the business clock where it is
 * adjustable, a sweep run now with its counts and the recent runs, the projections with their progress and replay, and
 * an import file uploaded with its report. Each calls the use case its REST endpoint calls; a refusal the use case
 * gives (the clock moving backwards, a sweep already running, a file that is not a seed file) is shown on the page.
 */
@Controller
class AdminPages extends PageErrors {

    private final ClockService clocks;
    private final ClockRange range;
    private final SweepService sweeps;
    private final SweepRunLog runs;
    private final ProjectionReplayCoordinator projections;
    private final ImportService imports;

    AdminPages(ClockService clocks, ClockRange range, SweepService sweeps, SweepRunLog runs,
               ProjectionReplayCoordinator projections, ImportService imports) {
        this.clocks = clocks;
        this.range = range;
        this.sweeps = sweeps;
        this.runs = runs;
        this.projections = projections;
        this.imports = imports;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("clock", clocks.view());
        model.addAttribute("runs", runs.recent(10));
        model.addAttribute("projections", projections.all());
        return "admin";
    }

    @PostMapping("/admin/clock")
    String moveClock(@RequestParam(required = false) LocalDate today, RedirectAttributes redirect) {
        try {
            if (today == null) {
                throw new IllegalArgumentException("today is required (YYYY-MM-DD)");
            }
            range.check(today);
            clocks.moveTo(today);
            redirect.addFlashAttribute("done", "clock");
        } catch (BusinessClock.NotAdjustableException | BusinessClock.MovesBackwardsException
                 | ClockRange.OutOfRangeException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/sweeps")
    String sweep(RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("sweep", sweeps.sweepNow(null));
        } catch (SweepInProgressException | SweepService.AsOfInFutureException refused) {
            redirect.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/projections/{name}/replay")
    String replay(@PathVariable String name, Authentication caller, RedirectAttributes redirect) {
        try {
            projections.replay(name, caller.getName());
            redirect.addFlashAttribute("done", "replay");
        } catch (org.parcelwatch.api.application.audit.AuditProblem | IllegalStateException refused) {
            redirect.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/admin#projections";
    }

    @PostMapping("/admin/imports")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean advanceClock,
                      Authentication caller, HttpServletRequest request, Model model) throws IOException {
        try {
            SeedFile seeds = SeedFile.parse(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                    file.getBytes());
            model.addAttribute("report", imports.run(List.of(seeds), new ImportOptions(caller.getName(),
                    ApiAccess.actingRole(request, caller), advanceClock, false, null, false)));
        } catch (InvalidSeedFileException | ImportService.ImportInProgressException refused) {
            model.addAttribute("refused", refused.getMessage());
        }
        return admin(model);
    }
}
