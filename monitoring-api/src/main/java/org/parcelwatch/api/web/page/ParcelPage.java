package org.parcelwatch.api.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.api.application.CommandFailure;
import org.parcelwatch.api.application.audit.HistoryEntry;
import org.parcelwatch.api.application.audit.ParcelHistory;
import org.parcelwatch.api.application.forms.BreachFindingRequest;
import org.parcelwatch.api.application.forms.CompletionRequest;
import org.parcelwatch.api.application.forms.ExtensionRequest;
import org.parcelwatch.api.application.forms.HandoverRequest;
import org.parcelwatch.api.application.forms.OfficerRequest;
import org.parcelwatch.api.application.forms.IdleDeterminationRequest;
import org.parcelwatch.api.application.forms.HearingNoticeRequest;
import org.parcelwatch.api.application.forms.HearingRequest;
import org.parcelwatch.api.application.forms.IdleDisposalRequest;
import org.parcelwatch.api.application.forms.IdleVerificationRequest;
import org.parcelwatch.api.application.forms.NoticeDeliveryRequest;
import org.parcelwatch.api.application.evidence.EvidenceService;
import org.parcelwatch.api.application.forms.PatrolRequest;
import org.parcelwatch.api.application.forms.PaymentRequest;
import org.parcelwatch.api.application.forms.StartRequest;
import org.parcelwatch.api.application.forms.TerminationRequest;
import org.parcelwatch.api.application.readmodel.ReadYourWrites;
import org.parcelwatch.api.web.error.ParcelNotFoundException;
import org.parcelwatch.api.web.parcel.CommandSender;
import org.parcelwatch.api.web.security.ApiAccess;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.registration.LandUse;
import org.parcelwatch.projections.ledger.ParcelDetail;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The parcel's file (卷宗): contract, installments, milestones, flags, damages as of today, notices with print links
 * and delivery, the event timeline, and a form for each command the user's roles allow (ApiAccess, the same table as
 * the API; the page paths mirror the API's and the security chain refuses them to other roles). A form sent goes
 * through the API's request types, validation and {@link CommandSender}; once accepted, the page waits for the
 * projections ({@link ReadYourWrites}) and shows the effect. A refusal is shown beside the form, with what was typed.
 */
@Controller
class ParcelPage extends PageErrors {

    private static final Logger log = LoggerFactory.getLogger(ParcelPage.class);

    /** The command forms, by the path segment they post to (after /parcels/{id}/), in the order shown. */
    static final List<String> FORMS = List.of("officer", "payments", "handover", "extensions", "termination", "start",
            "completion", "patrols", "breach-findings", "idle/verification", "idle/determination", "idle/hearing-notice", "idle/hearing", "idle/disposal");

    private final ParcelQueries parcels;
    private final ParcelHistory history;
    private final CommandSender commands;
    private final ReadYourWrites readYourWrites;
    private final MessageSource messages;
    private final Clock clock;

    private final EvidenceService evidence;

    ParcelPage(ParcelQueries parcels, ParcelHistory history, CommandSender commands, ReadYourWrites readYourWrites,
               MessageSource messages, Clock clock, EvidenceService evidence) {
        this.evidence = evidence;
        this.parcels = parcels;
        this.history = history;
        this.commands = commands;
        this.readYourWrites = readYourWrites;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/parcels/{parcelId}")
    String file(@PathVariable String parcelId, Authentication caller, Model model) {
        return render(parcelId, caller, model);
    }

    @PostMapping("/parcels/{parcelId}/payments")
    String payment(@PathVariable String parcelId, @Valid @ModelAttribute("form") PaymentRequest body, BindingResult result,
                   HttpServletRequest request, HttpServletResponse response, Authentication caller, Model model,
                   RedirectAttributes redirect) {
        return send(parcelId, "payments", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/officer")
    String officer(@PathVariable String parcelId, @Valid @ModelAttribute("form") OfficerRequest body, BindingResult result,
                   HttpServletRequest request, HttpServletResponse response, Authentication caller, Model model,
                   RedirectAttributes redirect) {
        return send(parcelId, "officer", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/handover")
    String handover(@PathVariable String parcelId, @Valid @ModelAttribute("form") HandoverRequest body, BindingResult result,
                    HttpServletRequest request, HttpServletResponse response, Authentication caller, Model model,
                    RedirectAttributes redirect) {
        return send(parcelId, "handover", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/extensions")
    String extension(@PathVariable String parcelId, @Valid @ModelAttribute("form") ExtensionRequest body, BindingResult result,
                     HttpServletRequest request, HttpServletResponse response, Authentication caller, Model model,
                     RedirectAttributes redirect) {
        return send(parcelId, "extensions", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/termination")
    String termination(@PathVariable String parcelId, @Valid @ModelAttribute("form") TerminationRequest body,
                       BindingResult result, HttpServletRequest request, HttpServletResponse response,
                       Authentication caller, Model model, RedirectAttributes redirect) {
        return send(parcelId, "termination", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/start")
    String start(@PathVariable String parcelId, @Valid @ModelAttribute("form") StartRequest body, BindingResult result,
                 HttpServletRequest request, HttpServletResponse response, Authentication caller, Model model,
                 RedirectAttributes redirect) {
        return send(parcelId, "start", result, () -> body.toCommand(parcelId, evidence.knownHashes(body.photos())), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/completion")
    String completion(@PathVariable String parcelId, @Valid @ModelAttribute("form") CompletionRequest body,
                      BindingResult result, HttpServletRequest request, HttpServletResponse response,
                      Authentication caller, Model model, RedirectAttributes redirect) {
        return send(parcelId, "completion", result, () -> body.toCommand(parcelId, evidence.knownHashes(body.photos())), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/patrols")
    String patrol(@PathVariable String parcelId, @Valid @ModelAttribute("form") PatrolRequest body, BindingResult result,
                  HttpServletRequest request, HttpServletResponse response, Authentication caller, Model model,
                  RedirectAttributes redirect) {
        return send(parcelId, "patrols", result, () -> body.toCommand(parcelId, evidence.patrolPhotos(body.photos())), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/breach-findings")
    String breachFinding(@PathVariable String parcelId, @Valid @ModelAttribute("form") BreachFindingRequest body,
                         BindingResult result, HttpServletRequest request, HttpServletResponse response,
                         Authentication caller, Model model, RedirectAttributes redirect) {
        return send(parcelId, "breach-findings", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/idle/verification")
    String idleVerification(@PathVariable String parcelId, @Valid @ModelAttribute("form") IdleVerificationRequest body,
                            BindingResult result, HttpServletRequest request, HttpServletResponse response,
                            Authentication caller, Model model, RedirectAttributes redirect) {
        return send(parcelId, "idle/verification", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/idle/determination")
    String idleDetermination(@PathVariable String parcelId, @Valid @ModelAttribute("form") IdleDeterminationRequest body,
                             BindingResult result, HttpServletRequest request, HttpServletResponse response,
                             Authentication caller, Model model, RedirectAttributes redirect) {
        return send(parcelId, "idle/determination", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/idle/hearing-notice")
    String hearingNotice(@PathVariable String parcelId, @Valid @ModelAttribute("form") HearingNoticeRequest body,
                         BindingResult result, HttpServletRequest request, HttpServletResponse response,
                         Authentication caller, Model model, RedirectAttributes redirect) {
        return send(parcelId, "idle/hearing-notice", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/idle/hearing")
    String hearing(@PathVariable String parcelId, @Valid @ModelAttribute("form") HearingRequest body,
                   BindingResult result, HttpServletRequest request, HttpServletResponse response,
                   Authentication caller, Model model, RedirectAttributes redirect) {
        return send(parcelId, "idle/hearing", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/idle/disposal")
    String idleDisposal(@PathVariable String parcelId, @Valid @ModelAttribute("form") IdleDisposalRequest body,
                        BindingResult result, HttpServletRequest request, HttpServletResponse response,
                        Authentication caller, Model model, RedirectAttributes redirect) {
        return send(parcelId, "idle/disposal", result, () -> body.toCommand(parcelId), request, response, caller, model, redirect);
    }

    @PostMapping("/parcels/{parcelId}/notices/{noticeNo}/delivery")
    String delivery(@PathVariable String parcelId, @PathVariable String noticeNo,
                    @Valid @ModelAttribute("form") NoticeDeliveryRequest body, BindingResult result,
                    HttpServletRequest request, HttpServletResponse response, Authentication caller, Model model,
                    RedirectAttributes redirect) {
        return send(parcelId, "delivery:" + noticeNo, result, () -> body.toCommand(parcelId, noticeNo), request, response,
                caller, model, redirect);
    }

    private String send(String parcelId, String form, BindingResult result, Supplier<Object> command,
                        HttpServletRequest request, HttpServletResponse response, Authentication caller, Model model,
                        RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        if (result.hasErrors()) {
            response.setStatus(400);
            model.addAttribute("fieldErrors", fieldErrors(result, messages, locale));
            return failed(parcelId, form, caller, model);
        }
        try {
            commands.send(command.get(), request, AuditMetadata.Source.WORKBENCH, MetaData.emptyInstance());
        } catch (RuntimeException e) {
            CommandFailure failure = CommandFailure.of(e);
            if (failure.unexpected()) {
                log.error("a workbench form failed unexpectedly: {} on parcel {}", form, parcelId, e);
            }
            response.setStatus(failure.status());
            model.addAttribute("formError", problem(failure, messages, locale));
            return failed(parcelId, form, caller, model);
        }
        readYourWrites.awaitProjections();
        redirect.addFlashAttribute("done", form.startsWith("delivery:") ? "delivery" : form);
        return "redirect:" + UriComponentsBuilder.fromPath("/parcels/{id}").buildAndExpand(parcelId).encode().toUriString();
    }

    private String failed(String parcelId, String form, Authentication caller, Model model) {
        model.addAttribute("openForm", form);
        model.addAttribute("typed", typed(currentRequest()));
        return render(parcelId, caller, model);
    }

    /** A command's refusal in the user's language: the code's sentence, the rule's own words, the broken terms. */
    static Map<String, Object> problem(CommandFailure failure, MessageSource messages, Locale locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("code", failure.code());
        problem.put("title", messages.getMessage("problem." + failure.code(), null,
                messages.getMessage("problem.OTHER", new Object[] {failure.code()}, failure.code(), locale), locale));
        problem.put("detail", failure.unexpected() ? null : failure.detail());
        problem.put("violations", failure.violations());
        return problem;
    }

    /** What the user typed into the form, to be shown again with its refusal. */
    static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name) && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return typed;
    }

    private static HttpServletRequest currentRequest() {
        return ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    /** Each field's first error, in the user's language. */
    static Map<String, String> fieldErrors(BindingResult result, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        result.getGlobalErrors().forEach(error -> errors.putIfAbsent("", messages.getMessage(error, locale)));
        return errors;
    }

    private String render(String parcelId, Authentication caller, Model model) {
        LocalDate today = LocalDate.now(clock);
        ParcelDetail detail = parcels.detail(parcelId, today).orElseThrow(() -> new ParcelNotFoundException(parcelId));
        model.addAttribute("p", detail);
        List<HistoryEntry> timeline = new java.util.ArrayList<>(history.readAll(parcelId).stream().map(HistoryEntry::of).toList());
        java.util.Collections.reverse(timeline);
        model.addAttribute("timeline", timeline);
        String api = ApiAccess.API + "/parcels/" + parcelId + "/";
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (String form : FORMS) {
            allowed.put(form, ApiAccess.allows(caller, HttpMethod.POST, api + form));
        }
        model.addAttribute("allowed", allowed);
        model.addAttribute("anyForm", allowed.containsValue(true));
        // the patrol, start and completion forms take photos from the phone's camera when the user may upload them
        model.addAttribute("mayUpload", ApiAccess.allows(caller, HttpMethod.POST, ApiAccess.API + "/evidence"));
        model.addAttribute("photoMaxBytes", evidence.maxBytes());
        model.addAttribute("mayDeliver", ApiAccess.allows(caller, HttpMethod.POST, api + "notices/N/delivery"));
        model.addAttribute("milestones", Milestone.values());
        model.addAttribute("causes", BreachCause.values());
        model.addAttribute("governmentCauses", GovernmentCause.values());
        model.addAttribute("disposalMethods", IdleDisposalMethod.values());
        model.addAttribute("hearingDecisions", List.of(IdleDisposalMethod.IDLE_FEE,
                IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION));
        model.addAttribute("constructionStatuses", ConstructionStatus.values());
        model.addAttribute("landUses", LandUse.ALL);
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "parcel";
    }
}
