package org.parcelwatch.api.application.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;
import org.parcelwatch.monitoring.registration.ParcelRegistered;

/**
 * One line of the demo's timeline: on a business day, what happened to a parcel and through which channel
 * ({@code SWEEP}: a rule fired by itself; {@code IMPORT}: an action of the seed file).
 *
 * @param county short county name, from the seed file
 * @param what   the rule, notice type or action, e.g. {@code PAYMENT_URGE}, {@code START_MISSED}, {@code payment}
 */
public record TimelineEntry(LocalDate day, String county, String parcelId, String source, String what, String detail) {

    /** {@code 2024-05-16  Xinhe    1305302023B00009  sweep   PAYMENT_URGE          1305302023B00009-CJ-01 …} */
    public String line() {
        return "%s  %-8s  %-16s  %-6s  %-22s  %s".formatted(day, county == null ? "" : county, parcelId,
                source == null ? "" : source.toLowerCase(Locale.ROOT), what, detail);
    }

    /** The entry for a stored event, or null for an event the timeline does not show. */
    static TimelineEntry of(LocalDate day, String county, String source, Object event) {
        String what;
        String detail;
        String parcelId;
        if (event instanceof ParcelRegistered e) {
            parcelId = e.parcelId();
            what = "registered";
            detail = e.supplyMethod() + " " + e.landUse() + ", " + e.township() + ", " + e.projectName()
                    + ", " + yuan(e.totalPrice()) + " in " + e.installments().size() + " installment(s)"
                    + (e.policyWarnings().isEmpty() ? "" : " [" + e.policyWarnings().size() + " policy warning(s)]");
        } else if (event instanceof PaymentReceived e) {
            parcelId = e.parcelId();
            what = "payment";
            detail = yuan(e.amount()) + " paid " + e.paidOn() + ", receipt " + e.receiptNo();
        } else if (event instanceof InstallmentOverdue e) {
            parcelId = e.parcelId();
            what = "PAYMENT_OVERDUE";
            detail = "installment " + e.installmentNo() + " due " + e.dueDate() + ": " + yuan(e.outstanding()) + " outstanding";
        } else if (event instanceof TerminationRightArisen e) {
            parcelId = e.parcelId();
            what = "TERMINATION_RIGHT";
            detail = "installment " + e.installmentNo() + " due " + e.dueDate() + " still unpaid after " + e.urgeNoticeNo();
        } else if (event instanceof ContractTerminated e) {
            parcelId = e.parcelId();
            what = "termination";
            detail = "contract terminated, decision " + e.decisionNo();
        } else if (event instanceof HandoverRecorded e) {
            parcelId = e.parcelId();
            what = "handover";
            detail = "handed over " + e.handedOverOn() + lateness(e.agreedDate(), e.handedOverOn());
        } else if (event instanceof ConstructionStarted e) {
            parcelId = e.parcelId();
            what = "start";
            detail = "started " + e.startedOn() + lateness(e.agreedDate(), e.startedOn());
        } else if (event instanceof ConstructionCompleted e) {
            parcelId = e.parcelId();
            what = "completion";
            detail = "completed " + e.completedOn() + lateness(e.agreedDate(), e.completedOn())
                    + (e.acceptanceNo() == null ? "" : ", acceptance " + e.acceptanceNo());
        } else if (event instanceof MilestoneMissed e) {
            parcelId = e.parcelId();
            what = e.milestone() + "_MISSED";
            detail = "agreed " + e.agreedDate() + ", not reached: re-check and finding due";
        } else if (event instanceof BreachFindingRecorded e) {
            parcelId = e.parcelId();
            what = "breach-finding";
            detail = e.milestone() + " missed for " + e.cause()
                    + (e.governmentCause() == null ? "" : " (" + e.governmentCause() + ")")
                    + (e.breach() ? ": land user in breach" : ": excused");
        } else if (event instanceof ExtensionGranted e) {
            parcelId = e.parcelId();
            what = "extension";
            detail = e.milestone() + " " + e.previousDate() + " -> " + e.newDate()
                    + (e.newCompletionDate() == null ? "" : ", completion -> " + e.newCompletionDate())
                    + ", approval " + e.approvalNo();
        } else if (event instanceof PatrolRecorded e) {
            parcelId = e.parcelId();
            what = "patrol";
            detail = e.status() + (e.suspendedSince() == null ? "" : " since " + e.suspendedSince())
                    + (e.builtFloorAreaSqm() == null ? "" : ", built " + e.builtFloorAreaSqm().stripTrailingZeros().toPlainString() + " m2")
                    + (e.investedAmount() == null ? "" : ", invested " + yuan(e.investedAmount()))
                    + ", " + e.inspector();
        } else if (event instanceof IdleLandSuspected e) {
            parcelId = e.parcelId();
            what = "IDLE_SUSPECTED";
            detail = e.ground() + ", idle since " + e.idleSince();
        } else if (event instanceof IdleLandVerified e) {
            parcelId = e.parcelId();
            what = "idle-verification";
            detail = e.stillIdle() ? "verified on site: still idle" : "verified on site: not idle, suspicion cleared";
        } else if (event instanceof IdleLandReferred e) {
            parcelId = e.parcelId();
            what = "IDLE_REFERRED";
            detail = "referred to the supervision brigade, investigation due by " + e.investigationDueBy();
        } else if (event instanceof IdleLandDetermined e) {
            parcelId = e.parcelId();
            what = "idle-determination";
            detail = e.determinationNo() + ": idle since " + e.idleSince() + ", cause " + e.cause()
                    + (e.governmentCause() == null ? "" : " (" + e.governmentCause() + ")");
        } else if (event instanceof IdleLandDisposed e) {
            parcelId = e.parcelId();
            what = "idle-disposal";
            detail = e.method() + " " + e.decisionNo()
                    + (e.method() == IdleDisposalMethod.IDLE_FEE ? ": fee " + yuan(e.idleFee()) + " payable by " + e.feePayableBy() : "")
                    + (e.method() == IdleDisposalMethod.EXTENSION ? ": start -> " + e.newStartDate() : "");
        } else if (event instanceof IdleLandRecoveryEligible e) {
            parcelId = e.parcelId();
            what = "RECOVERY_ELIGIBLE";
            detail = "idle two full years since " + e.idleSince() + ": recovery without compensation possible";
        } else if (event instanceof NoticeIssued e) {
            parcelId = e.parcelId();
            what = e.type().name();
            detail = e.noticeNo() + " " + e.type().title() + ", about " + e.dueDate();
        } else if (event instanceof NoticeDelivered e) {
            parcelId = e.parcelId();
            what = "notice-delivery";
            detail = e.noticeNo() + " delivered " + e.deliveredOn() + ", received by " + e.receivedBy();
        } else {
            return null;
        }
        return new TimelineEntry(day, county, parcelId, source, what, detail);
    }

    private static String lateness(LocalDate agreed, LocalDate actual) {
        if (agreed == null || actual == null || !actual.isAfter(agreed)) {
            return agreed == null ? "" : " (agreed " + agreed + ", on time)";
        }
        return " (agreed " + agreed + ", " + java.time.temporal.ChronoUnit.DAYS.between(agreed, actual) + " days late)";
    }

    static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "-";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
