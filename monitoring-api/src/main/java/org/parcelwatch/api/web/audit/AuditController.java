package org.parcelwatch.api.web.audit;

import org.parcelwatch.api.application.audit.AuditProblem;
import org.parcelwatch.api.application.audit.ComplianceReport;
import org.parcelwatch.api.application.audit.IntegrityCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
public class AuditController {

    private final IntegrityCheck integrity;
    private final ComplianceReport compliance;

    public AuditController(IntegrityCheck integrity, ComplianceReport compliance) {
        this.integrity = integrity;
        this.compliance = compliance;
    }

    @GetMapping("/integrity")
    @Operation(summary = "Verify the audit chain of one parcel, or of all",
            description = "Recomputes every event's SHA-256 link and checks its seal (HMAC under the audit key, over the "
                    + "link and the actor, role, source, correlation id and timestamp) and the parcel's signed checkpoint; "
                    + "for each parcel that does not hold, names the first bad sequence with a reason code (edited payload "
                    + "or metadata, removed event, cut or removed stream, rehashed rewrite). Without parcelId, also "
                    + "recomputes the daily roots (a stream removed with its checkpoint). Events stored before the chain "
                    + "was keyed are counted as unkeyedEvents.")
    public IntegrityCheck.Report integrity(@RequestParam(required = false) String parcelId) {
        return parcelId == null ? integrity.all() : integrity.parcel(parcelId);
    }

    @GetMapping("/compliance")
    @Operation(summary = "Was every duty done in time?",
            description = "For each parcel (of a township, if given) and each duty of DESIGN §2 that fell due between "
                    + "`from` and `to`: payment reminder 30 days ahead, urge notice the day after, start notice the day "
                    + "after a missed start, finding of the cause, verification and referral of suspected idle land, "
                    + "investigation within 30 days of the referral, delivery of every notice — done or not, and how "
                    + "many days late; and the due process of each fee or recovery decision (DESIGN §6.2): HEARING_NOTICE "
                    + "issued by the decision, HEARING_HELD within parcelwatch.compliance.hearing-days (20) of a request, "
                    + "GOVERNMENT_APPROVAL of a recovery by the decision. Read from the event histories, not from the "
                    + "projections.")
    public ComplianceReport.Report compliance(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String township) {
        if (to.isBefore(from)) {
            throw AuditProblem.badRequest("to lies before from");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw AuditProblem.badRequest("a compliance report covers at most ten years");
        }
        return compliance.between(from, to, township);
    }
}
