package org.parcelwatch.projections.idle;

import static org.parcelwatch.projections.jdbc.RowInserts.named;

import java.util.List;
import javax.sql.DataSource;
import org.parcelwatch.projections.CaseRebuild;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildFold;

/**
 * The referral register's fold fed by a rebuild: a batch of parcels' events folded in memory by the register's own
 * rules ({@link IdleReferralProjection#RULES}) and each case written once as a row of {@code idle_case}.
 */
final class IdleRebuild {

    /** The entity's table, every column. */
    static final CaseRebuild.Table<IdleCaseEntry> TABLE = new CaseRebuild.Table<>("idle_case",
            List.of("parcel_id", "suspected_on", "ground", "idle_since", "status", "verified_on", "still_idle", "referred_on",
                    "investigation_due_by", "investigation_notice_no", "determination_no", "determined_on", "cause",
                    "government_cause", "recovery_eligible_from", "disposal_method", "decision_no", "decided_on", "idle_fee",
                    "approval_no", "approved_on"),
            IdleCaseEntry::getParcelId,
            c -> new Object[] {c.getParcelId(), c.getSuspectedOn(), named(c.getGround()), c.getIdleSince(), named(c.getStatus()),
                    c.getVerifiedOn(), c.getStillIdle(), c.getReferredOn(), c.getInvestigationDueBy(),
                    c.getInvestigationNoticeNo(), c.getDeterminationNo(), c.getDeterminedOn(), named(c.getCause()),
                    named(c.getGovernmentCause()), c.getRecoveryEligibleFrom(), named(c.getDisposalMethod()),
                    c.getDecisionNo(), c.getDecidedOn(), c.getIdleFee(), c.approvalNo(), c.approvedOn()});

    private IdleRebuild() {
    }

    static RebuildFold into(DataSource target, RowInserts inserts, Histories histories) {
        return CaseRebuild.into(IdleReferralProjection.RULES, IdleCases::inMemory, TABLE, target, inserts, histories);
    }
}
