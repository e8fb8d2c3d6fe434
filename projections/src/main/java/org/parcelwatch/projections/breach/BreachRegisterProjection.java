package org.parcelwatch.projections.breach;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
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
import org.springframework.stereotype.Component;

/** The breach-register processing group: missed milestones, findings, breaches and performance notices. */
@Component
@ProcessingGroup(BreachRegisterProjection.GROUP)
public class BreachRegisterProjection {

    public static final String GROUP = "breach-register";

    private final CaseRegister<BreachCase> register;
    private final BreachCaseRepository cases;

    public BreachRegisterProjection(EntityManager entityManager, BreachCaseRepository cases) {
        this.register = new CaseRegister<>(entityManager, BreachCase.class, BreachCase::isOpen);
        this.cases = cases;
    }

    @EventHandler
    void on(MilestoneMissed e) {
        register.open(new BreachCase.Key(e.parcelId(), e.milestone(), e.agreedDate()),
                () -> new BreachCase(e.parcelId(), e.milestone(), e.agreedDate(), e.missedFrom()));
    }

    @EventHandler
    void on(BreachFindingRecorded e) {
        register.change(new BreachCase.Key(e.parcelId(), e.milestone(), e.agreedDate()),
                c -> c.found(e.cause(), e.governmentCause(), e.findings(), e.foundOn(), e.breach()));
    }

    @EventHandler
    void on(NoticeIssued e) {
        if (e.type() == NoticeType.START_PERFORMANCE) {
            latest(e.parcelId(), Milestone.START, c -> c.performanceNotice(e.noticeNo()));
        } else if (e.type() == NoticeType.COMPLETION_PERFORMANCE) {
            latest(e.parcelId(), Milestone.COMPLETION, c -> c.performanceNotice(e.noticeNo()));
        }
    }

    @EventHandler
    void on(ConstructionStarted e) {
        openCase(e.parcelId(), Milestone.START, c -> c.reached(e.startedOn()));
    }

    @EventHandler
    void on(ConstructionCompleted e) {
        openCase(e.parcelId(), Milestone.COMPLETION, c -> c.reached(e.completedOn()));
    }

    @EventHandler
    void on(ExtensionGranted e) {
        openCase(e.parcelId(), e.milestone(), c -> c.extended(e.newDate()));
    }

    @EventHandler
    void on(IdleLandDisposed e) {
        // an extension, a temporary use or a change of use names the next start (Art. 12 (1)-(3))
        if (e.method().setsNewDates() && e.newStartDate() != null) {
            openCase(e.parcelId(), Milestone.START, c -> c.extended(e.newStartDate()));
        }
    }

    private void latest(String parcelId, Milestone milestone, Consumer<BreachCase> change) {
        cases.findByParcelIdAndMilestoneOrderByMissedFromDesc(parcelId, milestone).stream().findFirst().ifPresent(change);
    }

    private void openCase(String parcelId, Milestone milestone, Consumer<BreachCase> change) {
        register.changeNewestOpen(cases.findByParcelIdAndMilestoneOrderByMissedFromDesc(parcelId, milestone), change);
    }

    @ResetHandler
    void reset() {
        register.clear();
    }
}
