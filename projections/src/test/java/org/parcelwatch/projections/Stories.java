package org.parcelwatch.projections;

import static org.parcelwatch.projections.SampleParcel.INSTALLMENT;
import static org.parcelwatch.projections.SampleParcel.PROJECT;
import static org.parcelwatch.projections.SampleParcel.TOTAL_PRICE;
import static org.parcelwatch.projections.SampleParcel.d;
import static org.parcelwatch.projections.SampleParcel.notice;
import static org.parcelwatch.projections.SampleParcel.paid;

import java.math.BigDecimal;
import java.util.List;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.HandoverOverdue;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolStage;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * Three parcels' lives of the sample supply, event by event as the aggregate and the daily sweep record them
 * (the shape of monitoring-api's ProjectionScenarioTest, with every day fixed).
 */
public final class Stories {

    private Stories() {
    }

    /**
     * Pays on time, is reminded and handed over, starts and completes before the agreed dates, patrolled in both
     * stages: notices TX-01 (2024-04-10), KGTX-01 (2024-09-01), JGTX-01 (2026-09-01).
     */
    public static ParcelHistory onTime(String id, String township) {
        return ParcelHistory.of(id)
                .on("2024-02-01", SampleParcel.registered(id, township))
                .on("2024-02-25", paid(id, 1, "2024-02-25"))
                .on("2024-04-01", new HandoverRecorded(id, d("2024-04-01"), "JD-" + id, d("2024-04-01")))
                .on("2024-04-10", notice(id, NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), INSTALLMENT,
                        d("2024-04-10")), 1))
                .on("2024-05-08", paid(id, 2, "2024-05-08"))
                .on("2024-09-01", notice(id, NoticeWording.startReminder(PROJECT, d("2024-10-01"), d("2024-09-01")), 1))
                .on("2024-09-28", new ConstructionStarted(id, d("2024-09-28"), "site photos", d("2024-10-01")))
                .on("2024-11-01", patrol(id, "2024-11-01", ConstructionStatus.UNDER_CONSTRUCTION, PatrolStage.START))
                .on("2026-09-01", notice(id, NoticeWording.completionReminder(PROJECT, d("2026-10-01"), d("2026-09-01")), 1))
                .on("2026-09-20", new ConstructionCompleted(id, d("2026-09-20"), "GH-YS-2026-9", d("2026-10-01")))
                .on("2026-10-01", patrol(id, "2026-10-01", ConstructionStatus.COMPLETED, PatrolStage.COMPLETION));
    }

    /**
     * Handed over but never pays (urged CJ-01 and CJ-02 on 2024-06-01, CJ-01 delivered on 2024-06-05, the right to
     * terminate from 2024-06-02 and 2024-07-10), misses the start (KGTZ-01, 2024-10-02) for its own cause (KGLY-01,
     * 2024-10-10), is suspected idle on 2025-10-02, verified and referred on 2025-10-08 (XZDC-01, answer due
     * 2025-11-07), determined idle on 2025-11-20 (XZRD-01), fined on 2025-11-25 (XZF-01, 2,469,135.60) and open to
     * recovery from 2026-10-02.
     */
    public static ParcelHistory defaulter(String id, String township) {
        return ParcelHistory.of(id)
                .on("2024-02-01", SampleParcel.registered(id, township))
                .on("2024-04-05", new HandoverRecorded(id, d("2024-04-05"), "JD-" + id, d("2024-04-01")))
                .on("2024-06-01",
                        new InstallmentOverdue(id, 1, d("2024-03-01"), INSTALLMENT, d("2024-03-02")),
                        notice(id, NoticeWording.paymentUrge(PROJECT, 1, d("2024-03-01"), INSTALLMENT,
                                new BigDecimal("0.001"), 60, d("2024-06-01")), 1),
                        new InstallmentOverdue(id, 2, d("2024-05-10"), INSTALLMENT, d("2024-05-11")),
                        notice(id, NoticeWording.paymentUrge(PROJECT, 2, d("2024-05-10"), INSTALLMENT,
                                new BigDecimal("0.001"), 60, d("2024-06-01")), 2))
                .on("2024-06-02", new TerminationRightArisen(id, 1, d("2024-03-01"), id + "-CJ-01", d("2024-06-02")))
                .on("2024-06-05", new NoticeDelivered(id, id + "-CJ-01", NoticeType.PAYMENT_URGE, d("2024-06-05"), "Wang Fang"))
                .on("2024-07-10", new TerminationRightArisen(id, 2, d("2024-05-10"), id + "-CJ-02", d("2024-07-10")))
                .on("2024-10-02",
                        new MilestoneMissed(id, Milestone.START, d("2024-10-01"), d("2024-10-02")),
                        notice(id, NoticeWording.startOverdue(PROJECT, d("2024-10-01"), d("2024-10-02")), 1))
                .on("2024-10-10",
                        new BreachFindingRecorded(id, Milestone.START, d("2024-10-01"), BreachCause.LAND_USER, null,
                                "no works", d("2024-10-10"), true),
                        notice(id, NoticeWording.performance(NoticeType.START_PERFORMANCE, PROJECT, SupplyMethod.LISTING, d("2024-10-01"),
                                TOTAL_PRICE, new BigDecimal("0.0005"), d("2024-10-10")), 1))
                .on("2025-10-02", new IdleLandSuspected(id, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-02")))
                .on("2025-10-08",
                        new IdleLandVerified(id, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-08"), true, "vacant, fenced"),
                        new IdleLandReferred(id, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-08"), d("2025-11-07")),
                        notice(id, NoticeWording.idleInvestigation(PROJECT, d("2024-10-01"), d("2025-10-08"), 30), 1))
                .on("2025-11-20",
                        new IdleLandDetermined(id, "ZX-XZRD-2025-1", d("2025-11-20"), BreachCause.LAND_USER, null, d("2024-10-01")),
                        notice(id, NoticeWording.idleDetermination(PROJECT, "ZX-XZRD-2025-1", d("2024-10-01"), "LAND_USER",
                                d("2025-11-20")), 1))
                .on("2025-11-25",
                        new IdleLandDisposed(id, IdleDisposalMethod.IDLE_FEE, "ZX-XZF-2025-1", d("2025-11-25"),
                                new BigDecimal("2469135.60"), d("2025-12-25"), null, null, null, null, null, null, null, null, "fee"),
                        notice(id, NoticeWording.idleFeeDecision(PROJECT, SupplyMethod.LISTING, new BigDecimal("2469135.60"), d("2025-11-25"), 30), 1))
                .on("2026-10-02", new IdleLandRecoveryEligible(id, d("2024-10-01"), d("2026-10-02")));
    }

    /**
     * Pays on time in full but the land is not handed over: overdue from 2024-04-02 (the bureau's own delay), and
     * neither start nor idle rule acts against the land user.
     */
    public static ParcelHistory handoverOverdue(String id, String township) {
        return ParcelHistory.of(id)
                .on("2024-02-01", SampleParcel.registered(id, township))
                .on("2024-02-25", paid(id, 1, "2024-02-25"))
                .on("2024-04-02", new HandoverOverdue(id, d("2024-04-01"), d("2024-04-02")))
                .on("2024-05-08", paid(id, 2, "2024-05-08"));
    }

    /**
     * The {@link #defaulter}, never started, recovered without compensation on 2026-10-05 (SH-01): closed, its start
     * (2024-10-01) and completion (2026-10-01) fell due while the contract was alive and were not met.
     */
    public static ParcelHistory recovered(String id, String township) {
        return defaulter(id, township)
                .on("2026-10-05",
                        new IdleLandDisposed(id, IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "ZX-SH-2026-1", d("2026-10-05"),
                                null, null, null, null, null, null, null, null, null, d("2026-09-01"), "recovered"),
                        notice(id, NoticeWording.recoveryDecision(PROJECT, d("2024-10-01"), d("2026-10-05"), "县政府批〔2026〕9号", d("2026-09-28")), 1));
    }

    /**
     * Handed over on time, never pays (urged on 2024-03-02, the right to terminate from 2024-05-01), the contract
     * terminated on {@code terminatedOn}: its start (2024-10-01) fell due only if that lies after the start day.
     */
    public static ParcelHistory terminated(String id, String township, String terminatedOn) {
        return ParcelHistory.of(id)
                .on("2024-02-01", SampleParcel.registered(id, township))
                .on("2024-03-02",
                        new InstallmentOverdue(id, 1, d("2024-03-01"), INSTALLMENT, d("2024-03-02")),
                        notice(id, NoticeWording.paymentUrge(PROJECT, 1, d("2024-03-01"), INSTALLMENT,
                                new BigDecimal("0.001"), 60, d("2024-03-02")), 1))
                .on("2024-04-01", new HandoverRecorded(id, d("2024-04-01"), "JD-" + id, d("2024-04-01")))
                .on("2024-05-01", new TerminationRightArisen(id, 1, d("2024-03-01"), id + "-CJ-01", d("2024-05-01")))
                .on(terminatedOn, new ContractTerminated(id, "JC-" + id, d(terminatedOn), "land price unpaid"));
    }

    /**
     * An allocation (no price) handed over on time that misses its start (KGTZ-01, 2024-10-02) for a revised plan
     * (found 2024-10-10) and is given until 2025-03-01 to start, 2027-03-01 to complete (2024-10-20).
     */
    public static ParcelHistory excusedAllocation(String id, String township) {
        return ParcelHistory.of(id)
                .on("2024-02-01", SampleParcel.allocated(id, township))
                .on("2024-04-01", new HandoverRecorded(id, d("2024-04-01"), "JD-" + id, d("2024-04-01")))
                .on("2024-10-02",
                        new MilestoneMissed(id, Milestone.START, d("2024-10-01"), d("2024-10-02")),
                        notice(id, NoticeWording.startOverdue(PROJECT, d("2024-10-01"), d("2024-10-02")), 1))
                .on("2024-10-10", new BreachFindingRecorded(id, Milestone.START, d("2024-10-01"), BreachCause.GOVERNMENT,
                        GovernmentCause.PLAN_REVISED, "road plan revised", d("2024-10-10"), false))
                .on("2024-10-20", new ExtensionGranted(id, Milestone.START, d("2024-10-01"), d("2025-03-01"), d("2026-10-01"),
                        d("2027-03-01"), "YQ-" + id, d("2024-10-20"), "plan revised"));
    }

    public static PatrolRecorded patrol(String id, String on, ConstructionStatus status, PatrolStage stage) {
        return new PatrolRecorded(id, d(on), "Li Wei", status, null, null, null, true, false, false, "GZK-" + id,
                List.of("p1.jpg"), "routine", stage);
    }
}
