package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.parcel.RuleCode;

/**
 * What an idle-fee or recovery decision needs besides its time having come (DESIGN §6.2): the land user was told of
 * the intended decision and its right to a hearing (听证告知书, 《国土资源听证规定》Art. 19–21), the notice was delivered,
 * and the hearing was held, waived in writing, or not asked for within the working days after the delivery; and a
 * recovery carries the approval of the government at its level (报本级人民政府批准, 《闲置土地处置办法》Art. 14). Each
 * refusal names the step that is missing.
 *
 * @param hearing the latest hearing offered for the decision's method, or null when none was
 */
public record DueProcessPolicy(IdleDisposalMethod method, LocalDate decidedOn, Hearing hearing, String approvalNo,
                               LocalDate approvedOn) {

    public static final Rule<DueProcessPolicy> HEARING_NOTICE_ISSUED = r -> Refusal.when(
            r.method().offersHearing() && r.hearing() == null, RuleCode.RULE_VIOLATION,
            "no hearing-rights notice (听证告知书) for " + r.method() + " has been issued: issue it before the decision");

    public static final Rule<DueProcessPolicy> HEARING_NOTICE_DELIVERED = r -> Refusal.when(
            r.method().offersHearing() && !r.hearing().isDelivered(), RuleCode.RULE_VIOLATION,
            "the hearing-rights notice " + (r.hearing() == null ? "" : r.hearing().noticeNo())
                    + " has not been delivered: the period to ask for a hearing runs from its delivery");

    public static final Rule<DueProcessPolicy> REQUESTED_HEARING_HELD = r -> Refusal.when(
            r.method().offersHearing() && r.hearing().step(r.decidedOn()) == Hearing.Step.HEARING_TO_HOLD,
            RuleCode.RULE_VIOLATION, "the land user requested a hearing on "
                    + (r.hearing() == null ? null : r.hearing().requestedOn()) + " and it has not been held");

    public static final Rule<DueProcessPolicy> REQUEST_PERIOD_OVER = r -> Refusal.when(
            r.method().offersHearing() && r.hearing().step(r.decidedOn()) == Hearing.Step.REQUEST_PERIOD_RUNNING,
            RuleCode.RULE_VIOLATION, "the period to request a hearing is still open until "
                    + (r.hearing() == null ? null : r.hearing().requestBy()) + ": decide from the day after");

    /** The decision follows the hearing or the waiver, not the other way round. */
    public static final Rule<DueProcessPolicy> DECIDED_AFTER_HEARING = r -> {
        if (!r.method().offersHearing() || r.hearing().clearedOn() == null) {
            return Optional.empty();
        }
        return Refusal.when(r.decidedOn().isBefore(r.hearing().clearedOn()), RuleCode.RULE_VIOLATION,
                "the decision cannot be dated before " + r.hearing().clearedOn() + ", when the hearing step was done");
    };

    public static final Rule<DueProcessPolicy> GOVERNMENT_APPROVAL = r -> {
        if (r.approvalNo() != null && r.approvalNo().isBlank()) {
            return Optional.of(new Refusal(RuleCode.INVALID_INPUT, "approvalNo must not be blank"));
        }
        if ((r.approvalNo() == null) != (r.approvedOn() == null)) {
            return Optional.of(new Refusal(RuleCode.INVALID_INPUT, "approvalNo and approvedOn go together"));
        }
        if (r.approvedOn() != null && r.approvedOn().isAfter(r.decidedOn())) {
            return Optional.of(new Refusal(RuleCode.INVALID_INPUT, "approvedOn lies after the decision of " + r.decidedOn()));
        }
        return Refusal.when(r.method().needsApproval() && r.approvalNo() == null, RuleCode.RULE_VIOLATION,
                r.method() + " needs the approval of the people's government at the same level (报本级人民政府批准): "
                        + "approvalNo and approvedOn are missing");
    };

    /** In the order of the procedure; the first missing step refuses and the later ones are not asked. */
    public static final List<Rule<DueProcessPolicy>> ALL = List.of(HEARING_NOTICE_ISSUED, HEARING_NOTICE_DELIVERED,
            REQUESTED_HEARING_HELD, REQUEST_PERIOD_OVER, DECIDED_AFTER_HEARING, GOVERNMENT_APPROVAL);

    public void enforce() {
        Rule.enforce(ALL, this);
    }
}
