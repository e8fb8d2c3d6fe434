package org.parcelwatch.projections.breach;

import jakarta.persistence.EntityManager;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.projections.CaseRegister;
import org.parcelwatch.projections.EventRules;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildFold;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.springframework.stereotype.Component;

/**
 * The breach-register processing group: missed milestones, findings, breaches and performance notices. Its rules
 * ({@link #RULES}) change the stored cases here and a rebuild's cases in memory ({@link BreachRebuild}).
 */
@Component
@ProcessingGroup(BreachRegisterProjection.GROUP)
public class BreachRegisterProjection implements RebuildableProjection {

    public static final String GROUP = "breach-register";

    /** Which case each event opens or changes. */
    static final EventRules<BreachCases> RULES = new EventRules<BreachCases>()
            .on(MilestoneMissed.class, (cases, e) -> cases.register().open(
                    new BreachCase.Key(e.parcelId(), e.milestone(), e.agreedDate()),
                    () -> new BreachCase(e.parcelId(), e.milestone(), e.agreedDate(), e.missedFrom())))
            .on(BreachFindingRecorded.class, (cases, e) -> cases.register().change(
                    new BreachCase.Key(e.parcelId(), e.milestone(), e.agreedDate()),
                    c -> c.found(e.cause(), e.governmentCause(), e.findings(), e.foundOn(), e.breach())))
            .on(NoticeIssued.class, (cases, e) -> {
                if (e.type() == NoticeType.START_PERFORMANCE) {
                    cases.latest(e.parcelId(), Milestone.START, c -> c.performanceNotice(e.noticeNo()));
                } else if (e.type() == NoticeType.COMPLETION_PERFORMANCE) {
                    cases.latest(e.parcelId(), Milestone.COMPLETION, c -> c.performanceNotice(e.noticeNo()));
                }
            })
            .on(ConstructionStarted.class, (cases, e) -> cases.newestOpen(e.parcelId(), Milestone.START, c -> c.reached(e.startedOn())))
            .on(ConstructionCompleted.class, (cases, e) ->
                    cases.newestOpen(e.parcelId(), Milestone.COMPLETION, c -> c.reached(e.completedOn())))
            .on(ExtensionGranted.class, (cases, e) -> cases.newestOpen(e.parcelId(), e.milestone(), c -> c.extended(e.newDate())))
            .on(IdleLandDisposed.class, (cases, e) -> {
                // an extension, a temporary use or a change of use names the next start (Art. 12 (1)-(3))
                if (e.method().setsNewDates() && e.newStartDate() != null) {
                    cases.newestOpen(e.parcelId(), Milestone.START, c -> c.extended(e.newStartDate()));
                }
            });

    private final EntityManager entityManager;
    private final BreachCases stored;

    public BreachRegisterProjection(EntityManager entityManager, BreachCaseRepository cases) {
        this.entityManager = entityManager;
        this.stored = BreachCases.stored(entityManager, cases);
    }

    @EventHandler
    void on(MilestoneMissed e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(BreachFindingRecorded e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(NoticeIssued e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(ConstructionStarted e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(ConstructionCompleted e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(ExtensionGranted e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(IdleLandDisposed e) {
        RULES.apply(stored, e);
    }

    @ResetHandler
    void reset() {
        CaseRegister.clear(entityManager, BreachCase.class);
    }

    @Override
    public String group() {
        return GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(BreachRebuild.TABLE.name());
    }

    @Override
    public RebuildFold rebuildInto(DataSource target, RowInserts inserts, Histories histories) {
        return BreachRebuild.into(target, inserts, histories);
    }
}
