package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.MilestoneTrack;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.parcel.RuleCode;

/**
 * When a start or completion date may be extended (GF-2008-2601 Art. 16, 《闲置土地处置办法》 Art. 8):
 * at most one year past the date it moves; applied for at least 30 days before the date, or else,
 * once the date is missed, only on a finding of government cause or force majeure.
 */
public final class ExtensionPolicy {

    private ExtensionPolicy() {
    }

    /** What the rules look at; whether the date was missed is judged on the approval day. */
    public record Request(Milestone milestone, MilestoneTrack track, LocalDate newDate, LocalDate appliedOn,
                          LocalDate approvedOn, int applicationLeadDays) {
    }

    public static final Rule<Request> ONLY_START_OR_COMPLETION = r -> Refusal.when(
            r.milestone() != Milestone.START && r.milestone() != Milestone.COMPLETION,
            RuleCode.INVALID_INPUT, "only the start or completion date can be extended");

    public static final Rule<Request> NOT_YET_REACHED = r -> Refusal.when(r.track().isReached(),
            RuleCode.ILLEGAL_STATE, r.milestone() + " was already reached on " + r.track().actualDate());

    public static final Rule<Request> MOVES_LATER = r -> Refusal.when(!r.newDate().isAfter(r.track().agreedDate()),
            RuleCode.RULE_VIOLATION, "an extension moves the date later than " + r.track().agreedDate());

    public static final Rule<Request> AT_MOST_ONE_YEAR = r -> Refusal.when(
            r.newDate().isAfter(r.track().agreedDate().plusYears(1)),
            RuleCode.RULE_VIOLATION, "an extension moves a date by at most one year (to " + r.track().agreedDate().plusYears(1) + ")");

    /** After the date has passed, only a government or force-majeure finding opens the way to an extension. */
    public static final Rule<Request> MISSED_DATE_NEEDS_EXCUSE = r -> {
        boolean missed = r.track().isMissed() || r.approvedOn().isAfter(r.track().agreedDate());
        return Refusal.when(missed && !r.track().isExcused(), RuleCode.RULE_VIOLATION,
                "the agreed " + r.milestone() + " date " + r.track().agreedDate()
                        + " has passed: an extension needs a government or force-majeure finding first");
    };

    public static final Rule<Request> APPLIED_IN_TIME = r -> {
        boolean missed = r.track().isMissed() || r.approvedOn().isAfter(r.track().agreedDate());
        LocalDate latest = r.track().agreedDate().minusDays(r.applicationLeadDays());
        return Refusal.when(!missed && r.appliedOn().isAfter(latest), RuleCode.RULE_VIOLATION,
                "an extension must be applied for at least " + r.applicationLeadDays() + " days before "
                        + r.track().agreedDate() + " (by " + latest + ")");
    };

    /**
     * In the order they are asked: the first broken rule refuses the extension and the ones after it are not
     * asked, so every rule after the first may read the start or completion track.
     */
    public static final List<Rule<Request>> ALL = List.of(ONLY_START_OR_COMPLETION, NOT_YET_REACHED, MOVES_LATER,
            AT_MOST_ONE_YEAR, MISSED_DATE_NEEDS_EXCUSE, APPLIED_IN_TIME);

    public static void enforce(Request request) {
        Rule.enforce(ALL, request);
    }

    /** A start extension carries the completion date along by the same number of days (Art. 16). */
    public static LocalDate movedCompletion(LocalDate oldStart, LocalDate newStart, LocalDate completion) {
        return completion.plusDays(java.time.temporal.ChronoUnit.DAYS.between(oldStart, newStart));
    }
}
