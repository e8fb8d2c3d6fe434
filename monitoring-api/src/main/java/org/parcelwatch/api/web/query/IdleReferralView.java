package org.parcelwatch.api.web.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.projections.idle.IdleCaseEntry;

/** One case of the idle-land referral register. */
public record IdleReferralView(String parcelId, LocalDate suspectedOn, IdleGround ground, LocalDate idleSince,
                               IdleCaseEntry.Status status, LocalDate verifiedOn, Boolean stillIdle, LocalDate referredOn,
                               LocalDate investigationDueBy, String investigationNoticeNo, String determinationNo,
                               LocalDate determinedOn, BreachCause cause, LocalDate recoveryEligibleFrom,
                               IdleDisposalMethod disposalMethod, String decisionNo, LocalDate decidedOn,
                               BigDecimal idleFee) {

    static IdleReferralView of(IdleCaseEntry c) {
        return new IdleReferralView(c.getParcelId(), c.getSuspectedOn(), c.getGround(), c.getIdleSince(), c.getStatus(),
                c.getVerifiedOn(), c.getStillIdle(), c.getReferredOn(), c.getInvestigationDueBy(),
                c.getInvestigationNoticeNo(), c.getDeterminationNo(), c.getDeterminedOn(), c.getCause(),
                c.getRecoveryEligibleFrom(), c.getDisposalMethod(), c.getDecisionNo(), c.getDecidedOn(), c.getIdleFee());
    }
}
