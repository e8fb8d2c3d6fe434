package org.parcelwatch.api.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.api.application.CommandFailure;
import org.parcelwatch.api.application.forms.RegisterParcelRequest;
import org.parcelwatch.api.application.landuser.LandUserRecordCheck;
import org.parcelwatch.api.application.readmodel.ReadYourWrites;
import org.parcelwatch.api.web.parcel.CommandSender;
import org.parcelwatch.monitoring.registration.LandUse;
import org.parcelwatch.monitoring.sweep.EnteringHistory;
import org.parcelwatch.monitoring.registration.SupplyMethod;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Registration of a supply (登记) from the desk: the API's registration body as a form, installments added row by row.
 * It posts to {@code /parcels}, the page twin of POST /api/v1/parcels (role DESK). Field errors are shown beside their
 * fields, the contract's broken terms above the form, and the form keeps what was typed.
 */
@Controller
class RegistrationPage extends PageErrors {

    private final CommandSender commands;
    private final LandUserRecordCheck landUsers;
    private final ReadYourWrites readYourWrites;
    private final MessageSource messages;

    RegistrationPage(CommandSender commands, LandUserRecordCheck landUsers, ReadYourWrites readYourWrites,
                     MessageSource messages) {
        this.commands = commands;
        this.landUsers = landUsers;
        this.readYourWrites = readYourWrites;
        this.messages = messages;
    }

    @GetMapping("/parcels/new")
    String form(Model model) {
        return render(model, Map.of());
    }

    @PostMapping("/parcels")
    String register(@Valid @ModelAttribute("form") RegisterParcelRequest body, BindingResult result,
                    @RequestParam(name = "enteringHistory", defaultValue = "false") boolean enteringHistory,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        if (result.hasErrors()) {
            response.setStatus(400);
            model.addAttribute("typed", ParcelPage.typed(request));
            return render(model, ParcelPage.fieldErrors(result, messages, locale));
        }
        try {
            // 补录历史: the parcel's past follows, so its due points wait for the next sweep (issue 20)
            commands.send(landUsers.withOpenDefaults(body.toCommand()), request,
                    AuditMetadata.Source.WORKBENCH, EnteringHistory.when(enteringHistory));
        } catch (RuntimeException e) {
            CommandFailure failure = CommandFailure.of(e);
            response.setStatus(failure.status());
            model.addAttribute("formError", ParcelPage.problem(failure, messages, locale));
            model.addAttribute("typed", ParcelPage.typed(request));
            return render(model, "DUPLICATE_PARCEL".equals(failure.code())
                    ? Map.of("parcelId", (String) ParcelPage.problem(failure, messages, locale).get("title")) : Map.of());
        }
        readYourWrites.awaitProjections();
        return "redirect:" + UriComponentsBuilder.fromPath("/parcels/{id}").buildAndExpand(body.parcelId()).encode()
                                                 .toUriString() + "?registered";
    }

    private String render(Model model, Map<String, String> fieldErrors) {
        model.addAttribute("fieldErrors", fieldErrors);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        model.addAttribute("supplyMethods", SupplyMethod.values());
        model.addAttribute("landUses", LandUse.ALL);
        return "register";
    }
}
