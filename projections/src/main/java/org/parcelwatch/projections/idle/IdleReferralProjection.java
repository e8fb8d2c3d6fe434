package org.parcelwatch.projections.idle;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
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
import org.springframework.stereotype.Component;

/** The idle-referrals processing group: the idle-land referral register. */
@Component
@ProcessingGroup(IdleReferralProjection.GROUP)
public class IdleReferralProjection {

    public static final String GROUP = "idle-referrals";

    private final CaseRegister<IdleCaseEntry> register;
    private final IdleCaseRepository cases;

    public IdleReferralProjection(EntityManager entityManager, IdleCaseRepository cases) {
        this.register = new CaseRegister<>(entityManager, IdleCaseEntry.class, IdleCaseEntry::isOpen);
        this.cases = cases;
    }

    @EventHandler
    void on(IdleLandSuspected e) {
        register.open(new IdleCaseEntry.Key(e.parcelId(), e.suspectedOn()), () -> new IdleCaseEntry(e));
    }

    @EventHandler
    void on(IdleLandVerified e) {
        openCase(e.parcelId(), c -> c.verified(e));
    }

    @EventHandler
    void on(IdleLandReferred e) {
        openCase(e.parcelId(), c -> c.referred(e));
    }

    @EventHandler
    void on(NoticeIssued e) {
        if (e.type() == NoticeType.IDLE_INVESTIGATION) {
            openCase(e.parcelId(), c -> c.investigationNotice(e.noticeNo()));
        }
    }

    @EventHandler
    void on(IdleLandDetermined e) {
        openCase(e.parcelId(), c -> c.determined(e));
    }

    @EventHandler
    void on(IdleLandRecoveryEligible e) {
        openCase(e.parcelId(), c -> c.recoveryEligible(e));
    }

    @EventHandler
    void on(IdleLandDisposed e) {
        openCase(e.parcelId(), c -> c.disposed(e));
    }

    private void openCase(String parcelId, Consumer<IdleCaseEntry> change) {
        register.changeNewestOpen(cases.findByParcelIdOrderBySuspectedOnDesc(parcelId), change);
    }

    @ResetHandler
    void reset() {
        register.clear();
    }
}
