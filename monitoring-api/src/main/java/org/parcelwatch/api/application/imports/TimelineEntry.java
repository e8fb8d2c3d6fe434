package org.parcelwatch.api.application.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.HearingRecorded;
import org.parcelwatch.monitoring.idle.HearingRightsNotified;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.HandoverOverdue;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.complaint.ComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintRecorded;
import org.parcelwatch.monitoring.patrol.LandOfficerAssigned;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskDone;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;
import org.parcelwatch.monitoring.registration.LandUse;
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

    /** The entry for a stored event, or null for a payload that is not a parcel's event. */
    static TimelineEntry of(LocalDate day, String county, String source, Object event) {
        return event instanceof ParcelEvent parcelEvent ? parcelEvent.accept(new Lines(day, county, source)) : null;
    }

    /** The line of each type of event: a visitor, so that a new event cannot be left out of the timeline unnoticed. */
    private record Lines(LocalDate day, String county, String source) implements ParcelEvent.Visitor<TimelineEntry> {

        private TimelineEntry entry(ParcelEvent event, String what, String detail) {
            return new TimelineEntry(day, county, event.parcelId(), source, what, detail);
        }

        @Override
        public TimelineEntry on(ParcelRegistered e) {
            return entry(e, "registered", e.supplyMethod() + " " + landUse(e.landUse()) + ", " + e.township() + ", " + e.projectName()
                    + ", " + yuan(e.totalPrice()) + " in " + e.installments().size() + " installment(s)"
                    + (e.policyWarnings().isEmpty() ? "" : " [" + e.policyWarnings().size() + " policy warning(s)]"));
        }

        @Override
        public TimelineEntry on(PaymentReceived e) {
            return entry(e, "payment", yuan(e.amount()) + " paid " + e.paidOn() + ", receipt " + e.receiptNo());
        }

        @Override
        public TimelineEntry on(InstallmentOverdue e) {
            return entry(e, "PAYMENT_OVERDUE",
                    "installment " + e.installmentNo() + " due " + e.dueDate() + ": " + yuan(e.outstanding()) + " outstanding");
        }

        @Override
        public TimelineEntry on(TerminationRightArisen e) {
            return entry(e, "TERMINATION_RIGHT",
                    "installment " + e.installmentNo() + " due " + e.dueDate() + " still unpaid after " + e.urgeNoticeNo());
        }

        @Override
        public TimelineEntry on(ContractTerminated e) {
            return entry(e, "termination", "contract terminated, decision " + e.decisionNo());
        }

        @Override
        public TimelineEntry on(HandoverOverdue e) {
            return entry(e, "HANDOVER_OVERDUE", "agreed " + e.agreedDate() + ", land not handed over: the bureau's own delay");
        }

        @Override
        public TimelineEntry on(HandoverRecorded e) {
            return entry(e, "handover", "handed over " + e.handedOverOn() + lateness(e.agreedDate(), e.handedOverOn()));
        }

        @Override
        public TimelineEntry on(ConstructionStarted e) {
            return entry(e, "start", "started " + e.startedOn() + lateness(e.agreedDate(), e.startedOn()));
        }

        @Override
        public TimelineEntry on(ConstructionCompleted e) {
            return entry(e, "completion", "completed " + e.completedOn() + lateness(e.agreedDate(), e.completedOn())
                    + (e.acceptanceNo() == null ? "" : ", acceptance " + e.acceptanceNo())
                    + (Boolean.TRUE.equals(e.plotRatioOutOfRange()) ? ", plot ratio " + e.plotRatio() + " out of range" : ""));
        }

        @Override
        public TimelineEntry on(MilestoneMissed e) {
            return entry(e, e.milestone() + "_MISSED", "agreed " + e.agreedDate() + ", not reached: re-check and finding due");
        }

        @Override
        public TimelineEntry on(BreachFindingRecorded e) {
            return entry(e, "breach-finding", e.milestone() + " missed for " + e.cause()
                    + (e.governmentCause() == null ? "" : " (" + e.governmentCause() + ")")
                    + (e.breach() ? ": land user in breach" : ": excused"));
        }

        @Override
        public TimelineEntry on(ExtensionGranted e) {
            return entry(e, "extension", e.milestone() + " " + e.previousDate() + " -> " + e.newDate()
                    + (e.newCompletionDate() == null ? "" : ", completion -> " + e.newCompletionDate())
                    + ", approval " + e.approvalNo());
        }

        @Override
        public TimelineEntry on(PatrolRecorded e) {
            return entry(e, "patrol", e.status() + (e.suspendedSince() == null ? "" : " since " + e.suspendedSince())
                    + (e.builtFloorAreaSqm() == null ? ""
                            : ", built " + e.builtFloorAreaSqm().stripTrailingZeros().toPlainString() + " m2")
                    + (e.investedAmount() == null ? "" : ", invested " + yuan(e.investedAmount()))
                    + ", " + e.inspector());
        }

        @Override
        public TimelineEntry on(IdleLandSuspected e) {
            return entry(e, "IDLE_SUSPECTED", e.ground() + ", idle since " + e.idleSince());
        }

        @Override
        public TimelineEntry on(IdleLandVerified e) {
            return entry(e, "idle-verification",
                    e.stillIdle() ? "verified on site: still idle" : "verified on site: not idle, suspicion cleared");
        }

        @Override
        public TimelineEntry on(IdleLandReferred e) {
            return entry(e, "IDLE_REFERRED",
                    "referred to the supervision brigade, investigation due by " + e.investigationDueBy());
        }

        @Override
        public TimelineEntry on(IdleLandDetermined e) {
            return entry(e, "idle-determination", e.determinationNo() + ": idle since " + e.idleSince()
                    + ", cause " + e.cause() + (e.governmentCause() == null ? "" : " (" + e.governmentCause() + ")"));
        }

        @Override
        public TimelineEntry on(IdleLandRecoveryEligible e) {
            return entry(e, "RECOVERY_ELIGIBLE",
                    "idle two full years since " + e.idleSince() + ": recovery without compensation possible");
        }

        @Override
        public TimelineEntry on(IdleLandDisposed e) {
            return entry(e, "idle-disposal", e.method() + " " + e.decisionNo()
                    + (e.method() == IdleDisposalMethod.IDLE_FEE
                            ? ": fee " + yuan(e.idleFee()) + (e.feePayableBy() == null ? " payable from the decision's delivery"
                                    : " payable by " + e.feePayableBy()) : "")
                    + (e.method() == IdleDisposalMethod.EXTENSION ? ": start -> " + e.newStartDate() : "")
                    + (e.approvalNo() != null ? ", approved " + e.approvalNo() + " of " + e.approvedOn() : ""));
        }

        @Override
        public TimelineEntry on(HearingRightsNotified e) {
            return entry(e, "hearing-notice", e.noticeNo() + " before " + e.intendedDecision());
        }

        @Override
        public TimelineEntry on(HearingRecorded e) {
            return entry(e, "hearing", e.noticeNo() + (e.requestedOn() != null ? " requested " + e.requestedOn() : "")
                    + (e.waivedOn() != null ? " waived " + e.waivedOn() : "")
                    + (e.heldOn() != null ? " held " + e.heldOn() + " (" + e.recordNo() + ")" : ""));
        }

        @Override
        public TimelineEntry on(NoticeIssued e) {
            return entry(e, e.type().name(), e.noticeNo() + " " + e.type().title() + (e.dueDate() != null ? ", about " + e.dueDate()
                    : e.daysFromDelivery() != null ? ", " + e.daysFromDelivery() + " days from delivery" : ""));
        }

        @Override
        public TimelineEntry on(NoticeDelivered e) {
            return entry(e, "notice-delivery",
                    e.noticeNo() + " delivered " + e.deliveredOn() + ", received by " + e.receivedBy()
                            + (e.dueDate() == null ? "" : ", due " + e.dueDate()));
        }

        @Override
        public TimelineEntry on(LandOfficerAssigned e) {
            return entry(e, "officer", "land officer " + e.officer()
                    + (e.previousOfficer() == null ? "" : " (was " + e.previousOfficer() + ")"));
        }

        @Override
        public TimelineEntry on(PatrolTaskAssigned e) {
            return entry(e, "patrol-task", e.kind() + " for " + (e.officer() == null ? "no officer yet" : e.officer())
                    + ", due " + e.dueOn() + " to " + e.doBy());
        }

        @Override
        public TimelineEntry on(PatrolTaskDone e) {
            return entry(e, "patrol-task-done", e.taskId() + " by " + e.inspector() + (e.onTime() ? "" : ", late"));
        }

        @Override
        public TimelineEntry on(ComplaintRecorded e) {
            return entry(e, "complaint", e.complaintId() + " from " + e.source());
        }

        @Override
        public TimelineEntry on(ComplaintOutcomeRecorded e) {
            return entry(e, "complaint-outcome", e.complaintId() + (e.substantiated() ? ": substantiated" : ": not substantiated"));
        }
    }

    /** A land use as its GB/T 21010-2017 code and name; a name stored before the codes reads as its code. */
    private static String landUse(String stored) {
        return LandUse.of(stored).map(u -> u.code() + " " + u.name()).orElse(String.valueOf(stored));
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
