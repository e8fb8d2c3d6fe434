package org.parcelwatch.api.web.page;

import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.projections.field.FieldWorkQueries;
import org.parcelwatch.projections.field.PatrolTaskRow;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.parcelwatch.api.web.security.ApiUser;
import org.springframework.security.core.Authentication;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcelwatch.api.web.security.Role;
import org.parcelwatch.api.web.security.WorkbenchSecurityConfiguration;
import org.parcelwatch.projections.worklist.Worklist;
import org.parcelwatch.projections.worklist.WorklistQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The sign-in page and the workbench of the signed-in user: the worklist sections their roles act on. */
@Controller
class WorkbenchPage extends PageErrors {

    /** A worklist section, the roles that act on it (AUDITOR and ADMIN see every section), and its items. */
    record Section(String key, Set<Role> roles, List<?> items) {
    }

    private final WorklistQueries worklist;
    private final FieldWorkQueries fieldWork;
    private final Clock clock;

    WorkbenchPage(WorklistQueries worklist, FieldWorkQueries fieldWork, Clock clock) {
        this.worklist = worklist;
        this.fieldWork = fieldWork;
        this.clock = clock;
    }

    /** GET shows the form; a POST arrives here only forwarded from a throttled login (429). */
    @RequestMapping(path = "/login", method = {RequestMethod.GET, RequestMethod.POST})
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("throttledSeconds", request.getAttribute(WorkbenchSecurityConfiguration.THROTTLED));
        return "login";
    }

    @RequestMapping("/forbidden")
    String forbidden(Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", "error.forbidden");
        return "error-page";
    }

    @GetMapping("/")
    String workbench(Model model, Authentication caller) {
        List<Role> roles = ApiUser.rolesOf(caller);
        LocalDate today = LocalDate.now(clock);
        Worklist due = worklist.on(today);
        // the signed-in officer's own tasks, open or overdue, the most pressing first (DESIGN §6.6)
        List<PatrolTaskRow> myTasks = fieldWork.patrolTasks(caller.getName(), today, null).stream()
                .filter(t -> t.status() != PatrolTask.Status.DONE).toList();
        List<Section> all = List.of(
                new Section("myPatrolTasks", EnumSet.of(Role.PATROL), myTasks),
                new Section("parcelsWithoutOfficer", EnumSet.of(Role.DESK), due.parcelsWithoutOfficer()),
                new Section("overduePayments", EnumSet.of(Role.DESK), due.overduePayments()),
                new Section("handoversOverdue", EnumSet.of(Role.DESK), due.handoversOverdue()),
                new Section("missedAwaitingFinding", EnumSet.of(Role.PATROL, Role.BRIGADE), due.missedAwaitingFinding()),
                new Section("idleSuspectsAwaitingVerification", EnumSet.of(Role.PATROL), due.idleSuspectsAwaitingVerification()),
                new Section("referralsAwaitingDetermination", EnumSet.of(Role.BRIGADE), due.referralsAwaitingDetermination()),
                new Section("dueProcess", EnumSet.of(Role.BRIGADE), due.dueProcess()),
                new Section("undeliveredNotices", EnumSet.of(Role.DESK), due.undeliveredNotices()),
                new Section("remindersIssued", EnumSet.of(Role.DESK), due.remindersIssued()));
        boolean everything = roles.contains(Role.AUDITOR) || roles.contains(Role.ADMIN);
        List<Section> mine = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section section : all) {
            if (everything || section.roles().stream().anyMatch(roles::contains)) {
                mine.add(section);
                counts.put(section.key(), section.items().size());
            }
        }
        model.addAttribute("sections", mine);
        model.addAttribute("counts", counts);
        return "workbench";
    }
}
