package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parcelwatch.monitoring.parcel.MilestoneTrack;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.parcel.RuleCode;

/**
 * When a start or completion date may be extended (GF-2008-2601 Art. 16, 《闲置土地处置办法》 Art. 8):
 * all contract extensions of a milestone together move it at most one year from its contract date;
 * applied for at least 30 days before the date, or else, once the date is missed, only on a finding of
 * government cause or force majeure. An extension that answers the bureau's own late handover
 * ({@link GovernmentCause#LAND_NOT_HANDED_OVER_ON_TIME}) needs neither, as long as the handover was late.
 */
public final class ExtensionPolicy {

    private ExtensionPolicy() {
    }

    /**
     * What the rules look at; whether the date was missed is judged on the approval day. {@code handover} is the
     * handover track, read when the extension names the late handover as its cause.
     */
    public record Request(Milestone milestone, MilestoneTrack track, LocalDate newDate, LocalDate appliedOn,
                          LocalDate approvedOn, int applicationLeadDays, GovernmentCause governmentCause,
                          MilestoneTrack handover) {

        /** An extension that names no government cause. */
        public Request(Milestone milestone, MilestoneTrack track, LocalDate newDate, LocalDate appliedOn,
                       LocalDate approvedOn, int applicationLeadDays) {
            this(milestone, track, newDate, appliedOn, approvedOn, applicationLeadDays, null, null);
        }

        /** The extension answers a late handover, the bureau's own delay. */
        boolean answersLateHandover() {
            return governmentCause == GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME;
        }

        /** The date has passed by the approval, whether or not the sweep has marked it missed yet. */
        boolean dateMissed() {
            return track.isMissed() || approvedOn.isAfter(track.agreedDate());
        }
    }

    public static final Rule<Request> ONLY_START_OR_COMPLETION = r -> Refusal.when(
            r.milestone() != Milestone.START && r.milestone() != Milestone.COMPLETION,
            RuleCode.INVALID_INPUT, "only the start or completion date can be extended");

    public static final Rule<Request> NOT_YET_REACHED = r -> Refusal.when(r.track().isReached(),
            RuleCode.ILLEGAL_STATE, r.milestone() + " was already reached on " + r.track().actualDate());

    public static final Rule<Request> MOVES_LATER = r -> Refusal.when(!r.newDate().isAfter(r.track().agreedDate()),
            RuleCode.RULE_VIOLATION, "an extension moves the date later than " + r.track().agreedDate());

    /** Art. 16: all contract extensions of the milestone together, at most one year from its contract date. */
    public static final Rule<Request> AT_MOST_ONE_YEAR = r -> Refusal.when(
            r.newDate().isAfter(r.track().extensionLimit()), RuleCode.RULE_VIOLATION,
            "all extensions of " + r.milestone() + " together move it at most one year from the contract date "
                    + r.track().originalDate() + " (to " + r.track().extensionLimit() + ")");

    /** A late handover as the cause must be true: handed over after the agreed day, or not yet and that day passed. */
    public static final Rule<Request> LATE_HANDOVER_IS_TRUE = r -> {
        if (!r.answersLateHandover()) {
            return Optional.empty();
        }
        MilestoneTrack handover = r.handover();
        if (handover == null) {
            return Optional.of(new Refusal(RuleCode.RULE_VIOLATION, "no handover on record to be late"));
        }
        boolean late = handover.isReached() ? handover.actualDate().isAfter(handover.agreedDate())
                : r.approvedOn().isAfter(handover.agreedDate());
        return Refusal.when(!late, RuleCode.RULE_VIOLATION, handover.isReached()
                ? "the land was handed over on " + handover.actualDate() + ", not after the agreed " + handover.agreedDate()
                        + ": the extension cannot answer a late handover"
                : "the agreed handover date " + handover.agreedDate() + " has not passed: the extension cannot answer a late handover");
    };

    /**
     * After the date has passed, only a government or force-majeure finding opens the way to an extension; a start
     * missed for want of the land needs none when the extension answers the late handover.
     */
    public static final Rule<Request> MISSED_DATE_NEEDS_EXCUSE = r -> Refusal.when(
            r.dateMissed() && !r.track().isExcused() && !r.answersLateHandover(), RuleCode.RULE_VIOLATION,
            "the agreed " + r.milestone() + " date " + r.track().agreedDate()
                    + " has passed: an extension needs a government or force-majeure finding first");

    /** Applied for 30 days ahead, unless the extension answers the bureau's late handover. */
    public static final Rule<Request> APPLIED_IN_TIME = r -> {
        LocalDate latest = r.track().agreedDate().minusDays(r.applicationLeadDays());
        return Refusal.when(!r.dateMissed() && !r.answersLateHandover() && r.appliedOn().isAfter(latest),
                RuleCode.RULE_VIOLATION, "an extension must be applied for at least " + r.applicationLeadDays()
                        + " days before " + r.track().agreedDate() + " (by " + latest + ")");
    };

    /**
     * In the order they are asked: the first broken rule refuses the extension and the ones after it are not
     * asked, so every rule after the first may read the start or completion track.
     */
    public static final List<Rule<Request>> ALL = List.of(ONLY_START_OR_COMPLETION, NOT_YET_REACHED, MOVES_LATER,
            AT_MOST_ONE_YEAR, LATE_HANDOVER_IS_TRUE, MISSED_DATE_NEEDS_EXCUSE, APPLIED_IN_TIME);

    public static void enforce(Request request) {
        Rule.enforce(ALL, request);
    }

    /** A start extension carries the completion date along by the same number of days (Art. 16). */
    public static LocalDate movedCompletion(LocalDate oldStart, LocalDate newStart, LocalDate completion) {
        return completion.plusDays(java.time.temporal.ChronoUnit.DAYS.between(oldStart, newStart));
    }
}
