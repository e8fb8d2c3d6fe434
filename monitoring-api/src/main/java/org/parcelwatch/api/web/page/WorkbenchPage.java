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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.api.application.CommandFailure;
import org.parcelwatch.api.application.forms.ComplaintRequest;
import org.parcelwatch.api.application.readmodel.ReadYourWrites;
import org.parcelwatch.api.web.error.InvalidRequestException;
import org.parcelwatch.api.web.field.ComplaintCommands;
import org.parcelwatch.api.web.parcel.CommandSender;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.complaint.RecordAddressComplaint;
import org.parcelwatch.projections.field.ComplaintRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The sign-in page and the workbench of the signed-in user: the worklist sections their roles act on, the open
 * complaints, and for the desk the complaint form (a parcel or an address, DESIGN §6.6), sent like the parcel page's
 * forms: through the API's request type and {@link ComplaintCommands}, the effect shown once the projections have it.
 */
@Controller
class WorkbenchPage extends PageErrors {

    /** A worklist section, the roles that act on it (AUDITOR and ADMIN see every section), and its items. */
    record Section(String key, Set<Role> roles, List<?> items) {
    }

    private static final Logger log = LoggerFactory.getLogger(WorkbenchPage.class);

    private final WorklistQueries worklist;
    private final FieldWorkQueries fieldWork;
    private final Clock clock;
    private final ComplaintCommands complaintCommands;
    private final CommandSender commands;
    private final ReadYourWrites readYourWrites;
    private final MessageSource messages;

    WorkbenchPage(WorklistQueries worklist, FieldWorkQueries fieldWork, Clock clock, ComplaintCommands complaintCommands,
                  CommandSender commands, ReadYourWrites readYourWrites, MessageSource messages) {
        this.worklist = worklist;
        this.fieldWork = fieldWork;
        this.clock = clock;
        this.complaintCommands = complaintCommands;
        this.commands = commands;
        this.readYourWrites = readYourWrites;
        this.messages = messages;
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
                new Section("complaintsWithoutOfficer", EnumSet.of(Role.DESK), due.complaintsWithoutOfficer()),
                new Section("openComplaints", EnumSet.of(Role.DESK, Role.PATROL), fieldWork.complaints(ComplaintRow.Status.OPEN)),
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
        for (Section section : all) {
            if (everything || section.roles().stream().anyMatch(roles::contains)) {
                mine.add(section);
            }
        }
        // what is due comes first, in the order above; the sections with nothing in them fold into one line at the end
        List<Section> pressing = mine.stream().filter(s -> !s.items().isEmpty()).toList();
        List<Section> quiet = mine.stream().filter(s -> s.items().isEmpty()).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        pressing.forEach(s -> counts.put(s.key(), s.items().size()));
        quiet.forEach(s -> counts.put(s.key(), 0));
        model.addAttribute("sections", pressing);
        model.addAttribute("quietSections", quiet);
        model.addAttribute("counts", counts);
        model.addAttribute("mayComplain", roles.contains(Role.DESK));
        return "workbench";
    }

    /** 投诉举报 from the desk's form: about a parcel, or about an address in a township (no parcel). */
    @PostMapping("/complaints")
    String complaint(@Valid @ModelAttribute("complaintForm") ComplaintRequest body, BindingResult result,
                     HttpServletRequest request, HttpServletResponse response, Authentication caller, Model model,
                     RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        if (result.hasErrors()) {
            response.setStatus(400);
            return refused(model, caller, ParcelPage.fieldErrors(result, messages, locale), null);
        }
        String complaintId;
        try {
            Object command = complaintCommands.commandFor(body);
            Object answer = commands.send(command, request, AuditMetadata.Source.WORKBENCH, MetaData.emptyInstance());
            complaintId = command instanceof RecordAddressComplaint address ? address.complaintId() : (String) answer;
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach(f -> errors.putIfAbsent(f.field(),
                    messages.getMessage("complaint.invalid." + f.field(), null, f.message(), locale)));
            return refused(model, caller, errors, null);
        } catch (RuntimeException e) {
            CommandFailure failure = CommandFailure.of(e);
            if (failure.unexpected()) {
                log.error("the complaint form failed unexpectedly", e);
            }
            response.setStatus(failure.status());
            return refused(model, caller, Map.of(), ParcelPage.problem(failure, messages, locale));
        }
        readYourWrites.awaitProjections();
        redirect.addFlashAttribute("complaintRecorded", complaintId);
        return "redirect:/#openComplaints";
    }

    /** The workbench again, the complaint form open with what was typed and why it was refused. */
    private String refused(Model model, Authentication caller, Map<String, String> fieldErrors, Map<String, Object> problem) {
        model.addAttribute("openForm", "complaint");
        model.addAttribute("typed", ParcelPage.typed(((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getRequest()));
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("formError", problem);
        return workbench(model, caller);
    }
}
