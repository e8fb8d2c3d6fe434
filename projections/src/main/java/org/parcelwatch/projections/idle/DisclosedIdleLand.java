package org.parcelwatch.projections.idle;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;

/**
 * One parcel of idle land as the bureau discloses it (《闲置土地处置办法》第十条: the land's location, the land user's name,
 * how long it lay idle, why, and how it is disposed of), from the referral register and the ledger. The disposal is the
 * latest decided (a fee may be followed by recovery); {@code idleFee} stays once a fee was imposed.
 */
public record DisclosedIdleLand(String parcelId, String township, String location, String landUserName,
                                BigDecimal areaSqm, String landUse, LocalDate idleSince, String determinationNo,
                                LocalDate determinedOn, BreachCause cause, GovernmentCause governmentCause,
                                IdleCaseEntry.Status status, IdleDisposalMethod disposalMethod, String decisionNo,
                                LocalDate decidedOn, BigDecimal idleFee, String approvalNo, LocalDate approvedOn) {
}
