package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import java.util.Optional;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.parcel.IdleCase;

/**
 * Where a case determined for the land user's cause stands on the way to its fee or recovery decision (DESIGN §6.2),
 * for the worklist and the compliance report: the decision it is heading for, the step it waits for, and the hearing
 * so far (null before a notice was issued).
 */
public record DueProcessStep(IdleDisposalMethod decision, Step step, Hearing hearing) {

    public enum Step {
        /** no hearing-rights notice for the decision yet */
        NOTICE_TO_ISSUE,
        /** the notice's delivery is not recorded */
        DELIVERY_PENDING,
        /** the land user may still ask for a hearing */
        REQUEST_PERIOD_RUNNING,
        /** a hearing was asked for and is to be held */
        HEARING_TO_HOLD,
        /** the hearing step is done; the recovery waits for the government's approval (and the decision) */
        APPROVAL_MISSING,
        /** the hearing step is done; the fee may be decided */
        DECISION_DUE
    }

    /**
     * The step on {@code asOf}, or empty when no fee or recovery decision is pending: the case is not determined for
     * the land user's cause, or a fee was imposed and recovery is not yet due nor a hearing on it offered. The decision
     * pending is the one of the latest hearing-rights notice; without one, recovery once it is allowed, else the fee.
     */
    public static Optional<DueProcessStep> of(IdleCase idle, LocalDate asOf) {
        if (idle.cause() != BreachCause.LAND_USER) {
            return Optional.empty();
        }
        IdleDisposalMethod recovery = IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION;
        IdleDisposalMethod decision;
        switch (idle.status()) {
            case DETERMINED -> decision = idle.hearing() != null ? idle.hearing().intendedDecision()
                    : idle.recoveryEligibleFrom() != null ? recovery : IdleDisposalMethod.IDLE_FEE;
            case FEE_IMPOSED -> {
                if (idle.recoveryEligibleFrom() == null && idle.hearingFor(recovery) == null) {
                    return Optional.empty();
                }
                decision = recovery;
            }
            default -> {
                return Optional.empty();
            }
        }
        Hearing hearing = idle.hearingFor(decision);
        if (hearing == null) {
            return Optional.of(new DueProcessStep(decision, Step.NOTICE_TO_ISSUE, null));
        }
        Step step = switch (hearing.step(asOf)) {
            case DELIVERY_PENDING -> Step.DELIVERY_PENDING;
            case REQUEST_PERIOD_RUNNING -> Step.REQUEST_PERIOD_RUNNING;
            case HEARING_TO_HOLD -> Step.HEARING_TO_HOLD;
            case CLEARED -> decision.needsApproval() ? Step.APPROVAL_MISSING : Step.DECISION_DUE;
        };
        return Optional.of(new DueProcessStep(decision, step, hearing));
    }
}
