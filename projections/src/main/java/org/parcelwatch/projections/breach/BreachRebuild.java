package org.parcelwatch.projections.breach;

import static org.parcelwatch.projections.jdbc.RowInserts.named;

import java.util.List;
import javax.sql.DataSource;
import org.parcelwatch.projections.CaseRebuild;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildFold;

/**
 * The breach register's fold fed by a rebuild: a batch of parcels' events folded in memory by the register's own
 * rules ({@link BreachRegisterProjection#RULES}) and each case written once as a row of {@code breach_case}.
 */
final class BreachRebuild {

    /** The entity's table, every column. */
    static final CaseRebuild.Table<BreachCase> TABLE = new CaseRebuild.Table<>("breach_case",
            List.of("parcel_id", "milestone", "agreed_date", "missed_from", "status", "cause", "government_cause", "findings",
                    "found_on", "performance_notice_no", "reached_on", "extended_to"),
            BreachCase::getParcelId,
            c -> new Object[] {c.getParcelId(), named(c.getMilestone()), c.getAgreedDate(), c.getMissedFrom(),
                    named(c.getStatus()), named(c.getCause()), named(c.getGovernmentCause()), c.getFindings(), c.getFoundOn(),
                    c.getPerformanceNoticeNo(), c.getReachedOn(), c.getExtendedTo()});

    private BreachRebuild() {
    }

    static RebuildFold into(DataSource target, RowInserts inserts, Histories histories) {
        return CaseRebuild.into(BreachRegisterProjection.RULES, BreachCases::inMemory, TABLE, target, inserts, histories);
    }
}
