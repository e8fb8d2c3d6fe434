package org.parcelwatch.projections.idle;

import jakarta.persistence.EntityManager;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
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
 * The idle-referrals processing group: the idle-land referral register. Its rules ({@link #RULES}) change the stored
 * cases here and a rebuild's cases in memory ({@link IdleRebuild}).
 */
@Component
@ProcessingGroup(IdleReferralProjection.GROUP)
public class IdleReferralProjection implements RebuildableProjection {

    public static final String GROUP = "idle-referrals";

    /** Which case each event opens or changes. */
    static final EventRules<IdleCases> RULES = new EventRules<IdleCases>()
            .on(IdleLandSuspected.class, (cases, e) -> cases.register().open(new IdleCaseEntry.Key(e.parcelId(), e.suspectedOn()),
                    () -> new IdleCaseEntry(e)))
            .on(IdleLandVerified.class, (cases, e) -> cases.newestOpen(e.parcelId(), c -> c.verified(e)))
            .on(IdleLandReferred.class, (cases, e) -> cases.newestOpen(e.parcelId(), c -> c.referred(e)))
            .on(NoticeIssued.class, (cases, e) -> {
                if (e.type() == NoticeType.IDLE_INVESTIGATION) {
                    cases.newestOpen(e.parcelId(), c -> c.investigationNotice(e.noticeNo()));
                }
            })
            .on(IdleLandDetermined.class, (cases, e) -> cases.newestOpen(e.parcelId(), c -> c.determined(e)))
            .on(IdleLandRecoveryEligible.class, (cases, e) -> cases.newestOpen(e.parcelId(), c -> c.recoveryEligible(e)))
            .on(IdleLandDisposed.class, (cases, e) -> cases.newestOpen(e.parcelId(), c -> c.disposed(e)));

    private final EntityManager entityManager;
    private final IdleCases stored;

    public IdleReferralProjection(EntityManager entityManager, IdleCaseRepository cases) {
        this.entityManager = entityManager;
        this.stored = IdleCases.stored(entityManager, cases);
    }

    @EventHandler
    void on(IdleLandSuspected e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(IdleLandVerified e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(IdleLandReferred e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(NoticeIssued e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(IdleLandDetermined e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(IdleLandRecoveryEligible e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(IdleLandDisposed e) {
        RULES.apply(stored, e);
    }

    @ResetHandler
    void reset() {
        CaseRegister.clear(entityManager, IdleCaseEntry.class);
    }

    @Override
    public String group() {
        return GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(IdleRebuild.TABLE.name());
    }

    @Override
    public RebuildFold rebuildInto(DataSource target, RowInserts inserts, Histories histories) {
        return IdleRebuild.into(target, inserts, histories);
    }
}
