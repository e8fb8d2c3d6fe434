package org.parcelwatch.projections;

import static org.parcelwatch.projections.SampleParcel.PROJECT;
import static org.parcelwatch.projections.SampleParcel.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.parcelwatch.monitoring.complaint.AddressComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.AddressComplaintRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintTaskAssigned;
import org.parcelwatch.monitoring.complaint.ComplaintTaskDone;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.patrol.LandOfficerAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskDone;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * Parcels' and address complaints' whole streams for a rebuild's test ({@link RebuildFoldCheck}): breaches with
 * findings and extensions, idle cases through disposal (a fee then recovery; a suspicion cleared, then a case disposed
 * of by extension), notices with deliveries (one delivered twice, one stored before deliveries carried deadlines, one
 * delivery of a notice never issued), officers handing over, patrol tasks reassigned and done, complaints about a
 * parcel and about an address. Every column of the four registers' tables gets a value somewhere.
 */
public final class RebuildStory {

    public static final String A = "1305302024B00951";
    public static final String B = "1305302024B00952";
    public static final String C = "1305302024B00953";
    public static final String D = "1305302024B00954";
    public static final String X = "TS-20240602-7K3QXM";
    public static final String Y = "TS-20240605-8L4RYN";

    private RebuildStory() {
    }

    /** Every aggregate's stream, by aggregate. */
    public static Map<String, List<DomainEventMessage<?>>> streams() {
        Map<String, List<DomainEventMessage<?>>> streams = new LinkedHashMap<>();
        streams.put(A, defaulterRecoveredAfterTheFee().messages());
        streams.put(B, excusedThenLateToComplete().messages());
        streams.put(C, Stories.onTime(C, "Xinhe town").messages());
        streams.put(D, clearedThenExtended().messages());
        streams.put(X, ComplaintHistory.of(X,
                "2024-06-03", new AddressComplaintRecorded(X, "letter", "Mr Zhao", "spoil by the road", "east gate, Xinhe Road",
                        "Xinhe town", d("2024-06-02")),
                "2024-06-03", new ComplaintTaskAssigned(X, "Zhang Min", d("2024-06-03"), d("2024-06-10"), d("2024-06-03")),
                "2024-06-04", new AddressComplaintRecorded(X, "hotline", "Mr Zhao", "spoil by the road", "east gate, Xinhe Road",
                        "Xinhe town", d("2024-06-02")),
                "2024-06-05", new ComplaintTaskAssigned(X, "Li Wei", d("2024-06-05"), d("2024-06-12"), d("2024-06-05")),
                "2024-06-10", new AddressComplaintOutcomeRecorded(X, "属实, cleared", true, d("2024-06-10")),
                "2024-06-10", new ComplaintTaskDone(X, d("2024-06-10"), true)));
        streams.put(Y, ComplaintHistory.of(Y,
                "2024-06-05", new AddressComplaintRecorded(Y, "hotline", null, "night work", "west market", "Zhao town",
                        d("2024-06-05")),
                "2024-06-05", new ComplaintTaskAssigned(Y, null, d("2024-06-05"), d("2024-06-12"), d("2024-06-05"))));
        return streams;
    }

    /** Every event of every stream in the order the event store took them (by time, a stream's in its order). */
    public static List<DomainEventMessage<?>> inStoreOrder() {
        List<DomainEventMessage<?>> all = new ArrayList<>();
        streams().values().forEach(all::addAll);
        all.sort(Comparator.comparing(DomainEventMessage::getTimestamp));
        return all;
    }

    /**
     * {@link Stories#defaulter}, with officers, a complaint and its task, the fee's decision delivered twice, a
     * delivery of a notice never issued, and recovered after the fee with the government's approval.
     */
    private static ParcelHistory defaulterRecoveredAfterTheFee() {
        String complaint = A + "-TS1";
        return Stories.defaulter(A, "Zhao town")
                .on("2026-10-02", new LandOfficerAssigned(A, "Zhang Min", null, "Zhao town", d("2026-10-02")),
                        new PatrolTaskAssigned(A, A + "-P1", PatrolTaskKind.PERIODIC, "Zhang Min", d("2026-10-10"),
                                d("2026-10-17"), d("2026-10-02"), null))
                .on("2026-10-03", new ComplaintRecorded(A, complaint, "12336", "Ms Liu", "fenced and empty", "north lane",
                                d("2026-10-03")),
                        new PatrolTaskAssigned(A, complaint, PatrolTaskKind.COMPLAINT, "Zhang Min", d("2026-10-03"),
                                d("2026-10-10"), d("2026-10-03"), complaint),
                        new ComplaintRecorded(A, complaint, "letter", "Ms Liu", "fenced and empty", "north lane",
                                d("2026-10-03")))
                .on("2026-10-05", new LandOfficerAssigned(A, "Li Wei", "Zhang Min", "Zhao town", d("2026-10-05")),
                        new PatrolTaskAssigned(A, A + "-P1", PatrolTaskKind.PERIODIC, "Li Wei", d("2026-10-10"),
                                d("2026-10-17"), d("2026-10-05"), null))
                .on("2026-10-08", new PatrolTaskDone(A, complaint, d("2026-10-08"), "Li Wei", true),
                        new ComplaintOutcomeRecorded(A, complaint, "not substantiated", false, d("2026-10-08")),
                        new NoticeDelivered(A, A + "-XZF-01", NoticeType.IDLE_FEE_DECISION, d("2025-11-27"), "clerk",
                                d("2025-12-27")),
                        new NoticeDelivered(A, A + "-XZF-01", NoticeType.IDLE_FEE_DECISION, d("2025-11-28"), "Wang Fang",
                                d("2025-12-28")),
                        new NoticeDelivered(A, A + "-XX-99", NoticeType.PAYMENT_URGE, d("2026-10-08"), "nobody"))
                .on("2026-10-20", new PatrolTaskDone(A, A + "-P1", d("2026-10-20"), "Li Wei", false),
                        new IdleLandDisposed(A, IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "ZX-SH-2026-1",
                                d("2026-10-20"), null, null, null, null, null, null, null, null, null, d("2026-10-12"),
                                "recovered", null, "ZF-2026-7", d("2026-10-18")));
    }

    /** {@link Stories#excusedAllocation}, then late to complete the extended works, reached, and a performance notice. */
    private static ParcelHistory excusedThenLateToComplete() {
        return Stories.excusedAllocation(B, "Xinhe town")
                .on("2027-03-02", new MilestoneMissed(B, Milestone.COMPLETION, d("2027-03-01"), d("2027-03-02")))
                .on("2027-03-10", new BreachFindingRecorded(B, Milestone.COMPLETION, d("2027-03-01"), BreachCause.LAND_USER,
                                null, "slow works", d("2027-03-10"), true),
                        SampleParcel.notice(B, NoticeWording.performance(NoticeType.COMPLETION_PERFORMANCE, PROJECT,
                                SupplyMethod.ALLOCATION, d("2027-03-01"), SampleParcel.TOTAL_PRICE, new BigDecimal("0.0005"),
                                d("2027-03-10")), 1))
                .on("2027-05-01", new ConstructionCompleted(B, d("2027-04-30"), "YS-" + B, d("2027-03-01"), null, null, null,
                        List.of()));
    }

    /**
     * A suspicion found wrong on site (cleared), a second one referred with an investigation notice stored before
     * deadlines ran from delivery and delivered so, determined for the government's cause and disposed of by an
     * extension that moves the missed start.
     */
    private static ParcelHistory clearedThenExtended() {
        return ParcelHistory.of(D)
                .on("2024-02-01", SampleParcel.registered(D, "Xinhe town"))
                .on("2024-10-02", new MilestoneMissed(D, Milestone.START, d("2024-10-01"), d("2024-10-02")))
                .on("2024-10-10", new BreachFindingRecorded(D, Milestone.START, d("2024-10-01"), BreachCause.GOVERNMENT,
                        GovernmentCause.PLAN_REVISED, "road plan revised", d("2024-10-10"), false))
                .on("2025-10-02", new IdleLandSuspected(D, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-02")))
                .on("2025-10-03", new IdleLandVerified(D, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-03"), false,
                        "works begun"))
                .on("2025-10-04", new IdleLandSuspected(D, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-04")))
                .on("2025-10-05",
                        new IdleLandVerified(D, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-05"), true, "vacant"),
                        new IdleLandReferred(D, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-05"), d("2025-11-04")),
                        new NoticeIssued(D, D + "-XZDC-01", NoticeType.IDLE_INVESTIGATION, d("2025-10-05"), d("2025-11-04"),
                                null, "facts", "请于2025-11-04前提交书面说明"))
                .on("2025-10-26", new NoticeDelivered(D, D + "-XZDC-01", NoticeType.IDLE_INVESTIGATION, d("2025-10-25"),
                        "Zhang Min"))
                .on("2025-11-20", new IdleLandDetermined(D, "ZX-XZRD-2025-9", d("2025-11-20"), BreachCause.GOVERNMENT,
                        GovernmentCause.PLAN_REVISED, d("2024-10-01")))
                .on("2025-12-01", new IdleLandDisposed(D, IdleDisposalMethod.EXTENSION, "ZX-YQ-2025-9", d("2025-12-01"),
                        null, null, d("2024-10-01"), d("2026-10-01"), d("2026-10-01"), d("2027-10-01"), null, null, null,
                        null, "extended", null, "ZF-2025-9", d("2025-11-28")));
    }
}
