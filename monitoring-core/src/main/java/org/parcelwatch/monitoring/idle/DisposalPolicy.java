package org.parcelwatch.monitoring.idle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parcelwatch.monitoring.parcel.IdleCase;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.registration.LandUse;
import org.parcelwatch.monitoring.parcel.RuleCode;

/**
 * Which disposal the brigade may decide, and when (《闲置土地处置办法》 Art. 12 and 14): land-user cause
 * gets the fee after one full idle year and recovery without compensation after two; government
 * cause or force majeure gets the Art. 12 options, an extension by at most a year from the decision (its own
 * year, apart from the contract extensions'), temporary use for at most two, and a temporary use or change of use
 * names the next dates. The fee is reckoned on the price on record, or on the assessed price where that is 0.
 */
public final class DisposalPolicy {

    private DisposalPolicy() {
    }

    /**
     * The case, the decision, and what of the parcel the rules read: its current agreed start, the price on record
     * (0 for most allocations) and whether construction has started.
     */
    public record Request(IdleCase idle, DisposeIdleLand command, LocalDate currentAgreedStart, BigDecimal recordedPrice,
                          boolean started) {
    }

    public static final Rule<Request> CASE_DETERMINED = r -> {
        IdleStatus status = r.idle().status();
        boolean open = status == IdleStatus.DETERMINED
                || (status == IdleStatus.FEE_IMPOSED && r.command().method() == IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION);
        return Refusal.when(!open, RuleCode.ILLEGAL_STATE, status == IdleStatus.FEE_IMPOSED
                ? "an idle-land fee was already imposed; only recovery without compensation may follow"
                : "no idle-land determination awaits a disposal (case is " + status + ")");
    };

    public static final Rule<Request> DECIDED_AFTER_DETERMINATION = r -> Refusal.when(
            r.idle().determinedOn() != null && r.command().decidedOn().isBefore(r.idle().determinedOn()),
            RuleCode.INVALID_INPUT, "the disposal cannot be decided before the determination of " + r.idle().determinedOn());

    public static final Rule<Request> METHOD_FITS_CAUSE = r -> Refusal.when(
            r.idle().cause() != null && !r.command().method().fits(r.idle().cause()), RuleCode.RULE_VIOLATION,
            r.command().method() + " is not a disposal for idle land of " + r.idle().cause() + " cause");

    public static final Rule<Request> FEE_AFTER_ONE_YEAR = r -> Refusal.when(
            r.command().method() == IdleDisposalMethod.IDLE_FEE
                    && !IdleLandCriteria.feeAllowed(r.idle().idleSince(), r.command().decidedOn()),
            RuleCode.RULE_VIOLATION, "the idle-land fee may be levied only after one full year idle (from "
                    + r.idle().idleSince().plusYears(1).plusDays(1) + ")");

    public static final Rule<Request> RECOVERY_AFTER_TWO_YEARS = r -> Refusal.when(
            r.command().method() == IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION
                    && !IdleLandCriteria.recoveryAllowed(r.idle().idleSince(), r.command().decidedOn()),
            RuleCode.RULE_VIOLATION, "recovery without compensation is allowed only after two full years idle (from "
                    + IdleLandCriteria.recoveryAllowedFrom(r.idle().idleSince()) + ")");

    public static final Rule<Request> EXTENSION_WITHIN_ONE_YEAR = r -> {
        DisposeIdleLand c = r.command();
        if (c.method() != IdleDisposalMethod.EXTENSION) {
            return Optional.empty();
        }
        if (c.newStartDate() == null) {
            return Optional.of(new Refusal(RuleCode.INVALID_INPUT, "an extension needs newStartDate"));
        }
        return Refusal.when(!c.newStartDate().isAfter(c.decidedOn()) || c.newStartDate().isAfter(c.decidedOn().plusYears(1))
                        || (c.newCompletionDate() != null && !c.newCompletionDate().isAfter(c.newStartDate())),
                RuleCode.RULE_VIOLATION, "the new start date must fall within one year of the decision ("
                        + c.decidedOn().plusDays(1) + " to " + c.decidedOn().plusYears(1) + ") and before the completion date");
    };

    public static final Rule<Request> TEMPORARY_USE_AT_MOST_TWO_YEARS = r -> {
        DisposeIdleLand c = r.command();
        if (c.method() != IdleDisposalMethod.TEMPORARY_USE) {
            return Optional.empty();
        }
        if (c.temporaryUseUntil() == null) {
            return Optional.of(new Refusal(RuleCode.INVALID_INPUT, "temporary use needs temporaryUseUntil"));
        }
        return Refusal.when(!c.temporaryUseUntil().isAfter(c.decidedOn()) || c.temporaryUseUntil().isAfter(c.decidedOn().plusYears(2)),
                RuleCode.RULE_VIOLATION, "temporary use needs temporaryUseUntil within two years of the decision ("
                        + c.decidedOn().plusDays(1) + " to " + c.decidedOn().plusYears(2) + ")");
    };

    public static final Rule<Request> CHANGE_OF_USE_NAMES_USE = r -> Refusal.when(
            r.command().method() == IdleDisposalMethod.CHANGE_OF_USE
                    && (r.command().newLandUse() == null || r.command().newLandUse().isBlank()),
            RuleCode.INVALID_INPUT, "a change of use needs newLandUse");

    /** The new use is a land use of GB/T 21010-2017, as the contract's is (DESIGN §6.1 rule 7). */
    public static final Rule<Request> CHANGE_OF_USE_NAMES_A_CODE = r -> Refusal.when(
            r.command().method() == IdleDisposalMethod.CHANGE_OF_USE && r.command().newLandUse() != null
                    && !r.command().newLandUse().isBlank() && LandUse.of(r.command().newLandUse()).isEmpty(),
            RuleCode.INVALID_INPUT, "newLandUse must be a land use code of GB/T 21010-2017 (e.g. 0601 工业用地), not '"
                    + r.command().newLandUse() + "'");

    /**
     * Temporary use and a change of use name the parcel's next dates (Art. 12 (2), (3)): the new completion date, and
     * the new start date unless construction has started.
     */
    public static final Rule<Request> NEW_DATES_NAMED = r -> {
        DisposeIdleLand c = r.command();
        if (c.method() != IdleDisposalMethod.TEMPORARY_USE && c.method() != IdleDisposalMethod.CHANGE_OF_USE) {
            return Optional.empty();
        }
        if (r.started() && c.newStartDate() != null) {
            return Optional.of(new Refusal(RuleCode.INVALID_INPUT, "construction has started: " + c.method()
                    + " names only newCompletionDate, not newStartDate"));
        }
        return Refusal.when((!r.started() && c.newStartDate() == null) || c.newCompletionDate() == null, RuleCode.INVALID_INPUT,
                c.method() + " needs the new dates: " + (r.started() ? "newCompletionDate" : "newStartDate and newCompletionDate"));
    };

    /**
     * The next dates follow the decision, or the end of a temporary use (the rules wait until it ends), and the
     * completion follows the start.
     */
    public static final Rule<Request> NEW_DATES_IN_ORDER = r -> {
        DisposeIdleLand c = r.command();
        if (c.method() != IdleDisposalMethod.TEMPORARY_USE && c.method() != IdleDisposalMethod.CHANGE_OF_USE) {
            return Optional.empty();
        }
        boolean temporary = c.method() == IdleDisposalMethod.TEMPORARY_USE;
        LocalDate after = temporary ? c.temporaryUseUntil() : c.decidedOn();
        String what = temporary ? "the end of the temporary use " + after : "the decision of " + after;
        if (c.newStartDate() != null && !c.newStartDate().isAfter(after)) {
            return Optional.of(new Refusal(RuleCode.RULE_VIOLATION, "the new start date must follow " + what));
        }
        LocalDate completionAfter = c.newStartDate() != null ? c.newStartDate() : after;
        return Refusal.when(!c.newCompletionDate().isAfter(completionAfter), RuleCode.RULE_VIOLATION,
                "the new completion date must follow " + (c.newStartDate() != null ? "the new start date" : what));
    };

    /**
     * The idle fee is 20% of the grant or allocation price (Art. 14 (1)); where the price on record is 0 the decision
     * names the assessed price ({@code feeBase}), and only there.
     */
    public static final Rule<Request> FEE_BASE_ON_RECORD_OR_ASSESSED = r -> {
        DisposeIdleLand c = r.command();
        if (c.method() != IdleDisposalMethod.IDLE_FEE) {
            return Optional.empty();
        }
        boolean priced = IdleFee.isPriced(r.recordedPrice());
        if (c.feeBase() != null && c.feeBase().signum() <= 0) {
            return Optional.of(new Refusal(RuleCode.INVALID_INPUT, "feeBase, the assessed price, must be positive"));
        }
        if (!priced && c.feeBase() == null) {
            return Optional.of(new Refusal(RuleCode.RULE_VIOLATION, "the price on record is 0: the idle-fee decision must "
                    + "carry feeBase, the assessed price (划拨价款) the fee of 20% is reckoned on"));
        }
        return Refusal.when(priced && c.feeBase() != null && c.feeBase().compareTo(r.recordedPrice()) != 0,
                RuleCode.RULE_VIOLATION, "the idle fee is reckoned on the price on record, " + r.recordedPrice()
                        + "; feeBase is only for land whose recorded price is 0");
    };

    public static final Rule<Request> COMPENSATION_NOT_NEGATIVE = r -> Refusal.when(
            r.command().compensation() != null && r.command().compensation().signum() < 0,
            RuleCode.INVALID_INPUT, "compensation cannot be negative");

    /**
     * In the order they are asked: the first broken rule refuses the disposal and the ones after it are not asked.
     * The state rule comes first, because the date rules need a determined case to read.
     */
    public static final List<Rule<Request>> ALL = List.of(CASE_DETERMINED, DECIDED_AFTER_DETERMINATION, METHOD_FITS_CAUSE,
            FEE_AFTER_ONE_YEAR, RECOVERY_AFTER_TWO_YEARS, EXTENSION_WITHIN_ONE_YEAR, TEMPORARY_USE_AT_MOST_TWO_YEARS,
            CHANGE_OF_USE_NAMES_USE, CHANGE_OF_USE_NAMES_A_CODE, NEW_DATES_NAMED, NEW_DATES_IN_ORDER, FEE_BASE_ON_RECORD_OR_ASSESSED,
            COMPENSATION_NOT_NEGATIVE);

    public static void enforce(Request request) {
        Rule.enforce(ALL, request);
    }
}
