package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 听证告知书: before an idle-fee or recovery decision the brigade tells the land user of the decision it intends and of
 * its right to ask for a hearing (《国土资源听证规定》Art. 19, 21). {@code intendedDecision} is IDLE_FEE or
 * RECOVERY_WITHOUT_COMPENSATION.
 */
public record IssueHearingNotice(@TargetAggregateIdentifier String parcelId, LocalDate issuedOn,
                                 IdleDisposalMethod intendedDecision) {
}
