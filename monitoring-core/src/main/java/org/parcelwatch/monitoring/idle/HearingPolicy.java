package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parcelwatch.monitoring.calendar.WorkingDays;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.parcel.RuleCode;

/**
 * What the brigade may record of a hearing: the land user answers the current, delivered notice; a request comes
 * within the working days after the delivery (《国土资源听证规定》Art. 21: 5); a hearing is held only when asked for,
 * once, with its record number; a waiver is not taken back by a request, nor a request by a waiver.
 *
 * @param hearing the current hearing (latest notice), null when none was offered
 * @param today   the business day, the date of a waiver that names none
 */
public record HearingPolicy(Hearing hearing, RecordHearing command, LocalDate today) {

    /**
     * The last day the land user may ask for a hearing on a notice delivered on {@code deliveredOn}: the
     * {@code workingDays}-th working day after it; refused when the calendar of that year is not on record.
     */
    public static LocalDate requestBy(WorkingDays calendar, LocalDate deliveredOn, int workingDays) {
        return calendar.plus(deliveredOn, workingDays);
    }

    public static final Rule<HearingPolicy> NOTICE_DELIVERED = r -> {
        if (r.hearing() == null) {
            return Optional.of(new Refusal(RuleCode.ILLEGAL_STATE, "no hearing-rights notice (听证告知书) has been issued"));
        }
        return Refusal.when(!r.hearing().isDelivered(), RuleCode.ILLEGAL_STATE, "the hearing-rights notice "
                + r.hearing().noticeNo() + " has not been delivered");
    };

    public static final Rule<HearingPolicy> SOMETHING_TO_RECORD = r -> Refusal.when(
            r.command().requestedOn() == null && !r.waives() && r.command().heldOn() == null, RuleCode.INVALID_INPUT,
            "record a request (requestedOn), a written waiver (waived) or the hearing held (heldOn)");

    public static final Rule<HearingPolicy> WAIVER_ALONE = r -> {
        if (!r.waives()) {
            return Optional.empty();
        }
        if (r.command().heldOn() != null) {
            return Optional.of(new Refusal(RuleCode.INVALID_INPUT, "a waived hearing is not held: heldOn goes without waived"));
        }
        return Refusal.when(r.hearing().isRequested() || r.hearing().isWaived() || r.hearing().isHeld(),
                RuleCode.ILLEGAL_STATE, "the hearing on " + r.hearing().noticeNo() + " was already "
                        + (r.hearing().isWaived() ? "waived" : "requested") + "; a waiver comes instead of a request");
    };

    public static final Rule<HearingPolicy> ANSWER_AFTER_DELIVERY = r -> {
        LocalDate answered = r.command().requestedOn();
        return Refusal.when(answered != null && (answered.isBefore(r.hearing().deliveredOn()) || answered.isAfter(r.today())),
                RuleCode.INVALID_INPUT, "requestedOn must lie between the delivery on " + r.hearing().deliveredOn()
                        + " and today");
    };

    public static final Rule<HearingPolicy> ONE_REQUEST = r -> Refusal.when(
            !r.waives() && r.command().requestedOn() != null && (r.hearing().isRequested() || r.hearing().isWaived()),
            RuleCode.ILLEGAL_STATE, "the hearing on " + r.hearing().noticeNo() + " was already "
                    + (r.hearing().isWaived() ? "waived on " + r.hearing().waivedOn() : "requested on " + r.hearing().requestedOn()));

    public static final Rule<HearingPolicy> REQUEST_IN_TIME = r -> Refusal.when(
            !r.waives() && r.command().requestedOn() != null && r.command().requestedOn().isAfter(r.hearing().requestBy()),
            RuleCode.RULE_VIOLATION, "the period to request a hearing ended on " + r.hearing().requestBy()
                    + " (5 working days after the delivery on " + r.hearing().deliveredOn() + ")");

    public static final Rule<HearingPolicy> HELD_WHEN_REQUESTED = r -> {
        LocalDate heldOn = r.command().heldOn();
        if (heldOn == null) {
            return Optional.empty();
        }
        if (r.hearing().isHeld()) {
            return Optional.of(new Refusal(RuleCode.ILLEGAL_STATE, "the hearing was already held on " + r.hearing().heldOn()));
        }
        LocalDate requested = r.command().requestedOn() != null ? r.command().requestedOn() : r.hearing().requestedOn();
        if (requested == null) {
            return Optional.of(new Refusal(RuleCode.ILLEGAL_STATE, "no hearing was requested: it cannot be held"));
        }
        if (r.command().recordNo() == null || r.command().recordNo().isBlank()) {
            return Optional.of(new Refusal(RuleCode.INVALID_INPUT, "a hearing held needs recordNo, the number of its record (听证笔录)"));
        }
        return Refusal.when(heldOn.isBefore(requested) || heldOn.isAfter(r.today()), RuleCode.INVALID_INPUT,
                "heldOn must lie between the request on " + requested + " and today");
    };

    public static final List<Rule<HearingPolicy>> ALL = List.of(NOTICE_DELIVERED, SOMETHING_TO_RECORD, WAIVER_ALONE,
            ANSWER_AFTER_DELIVERY, ONE_REQUEST, REQUEST_IN_TIME, HELD_WHEN_REQUESTED);

    public boolean waives() {
        return Boolean.TRUE.equals(command.waived());
    }

    public void enforce() {
        Rule.enforce(ALL, this);
    }

    /** The event the command records, once the rules hold. */
    public HearingRecorded recorded(String parcelId) {
        boolean waives = waives();
        LocalDate waivedOn = waives ? (command.requestedOn() != null ? command.requestedOn() : today) : null;
        return new HearingRecorded(parcelId, hearing.noticeNo(), hearing.intendedDecision(),
                waives ? null : command.requestedOn(), waivedOn, command.heldOn(),
                command.heldOn() != null ? command.recordNo() : null, command.heldOn() != null ? command.outcome() : null);
    }
}
