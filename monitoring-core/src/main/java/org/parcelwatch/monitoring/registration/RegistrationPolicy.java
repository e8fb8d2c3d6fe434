package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.parcelwatch.monitoring.parcel.Money;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.parcel.RuleCode;

/**
 * The terms a registration must satisfy, each a named {@link Rule} that refuses with
 * {@link RuleCode#INVALID_CONTRACT_TERMS}. Unlike a command's policy, which stops at the first refusal, the
 * registration is refused with every broken term at once ({@link #enforce}), so the desk fixes the contract
 * entry in one go.
 */
public final class RegistrationPolicy {

    private RegistrationPolicy() {
    }

    /** The contract as entered, and the day it is entered on. */
    public record Request(RegisterParcel contract, LocalDate today) {
    }

    public static final Rule<Request> WELL_FORMED_SUPERVISION_NUMBER = r -> {
        RegisterParcel c = r.contract();
        return SupervisionNumber.isValid(c.parcelId())
                ? Optional.empty()
                : broken("parcelId must be an electronic supervision number like 1305302024B00017");
    };

    public static final Rule<Request> DISTRICT_MATCHES_SUPERVISION_NUMBER = r -> {
        RegisterParcel c = r.contract();
        return c.districtCode() == null || !SupervisionNumber.isValid(c.parcelId())
                || SupervisionNumber.countyCode(c.parcelId()).equals(c.districtCode())
                ? Optional.empty()
                : broken("districtCode " + c.districtCode() + " is not the county of supervision number " + c.parcelId());
    };

    public static final Rule<Request> REQUIRED_TERMS = r -> {
        RegisterParcel c = r.contract();
        List<String> missing = Stream.of(
                        c.contractNo() == null || c.contractNo().isBlank() ? "contractNo" : null,
                        c.supplyMethod() == null ? "supplyMethod" : null,
                        c.landUser() == null || c.landUser().name() == null || c.landUser().name().isBlank() ? "landUser.name" : null,
                        c.township() == null || c.township().isBlank() ? "township" : null,
                        c.areaSqm() == null ? "areaSqm" : null,
                        c.totalPrice() == null ? "totalPrice" : null,
                        c.signedOn() == null ? "signedOn" : null,
                        c.agreedHandoverDate() == null ? "agreedHandoverDate" : null,
                        c.agreedStartDate() == null ? "agreedStartDate" : null,
                        c.agreedCompletionDate() == null ? "agreedCompletionDate" : null)
                .filter(Objects::nonNull)
                .toList();
        return missing.isEmpty() ? Optional.empty() : broken("missing contract terms: " + String.join(", ", missing));
    };

    public static final Rule<Request> VALID_CREDIT_CODE = r -> {
        RegisterParcel c = r.contract();
        return c.landUser() == null || CreditCode.isValid(c.landUser().creditCode())
                ? Optional.empty()
                : broken("landUser.creditCode is not a valid unified social credit code (GB 32100-2015)");
    };

    public static final Rule<Request> POSITIVE_AREA = r -> {
        RegisterParcel c = r.contract();
        return c.areaSqm() == null || c.areaSqm().signum() > 0
                ? Optional.empty()
                : broken("areaSqm must be positive");
    };

    public static final Rule<Request> PRICE_IN_WHOLE_FEN = r -> {
        RegisterParcel c = r.contract();
        if (c.totalPrice() == null || c.supplyMethod() == null) {
            return Optional.empty();
        }
        boolean positiveRequired = !c.supplyMethod().isAllocation();
        if (c.totalPrice().signum() < 0 || (positiveRequired && c.totalPrice().signum() == 0)) {
            return broken("totalPrice must be positive" + (positiveRequired ? "" : " or zero for an allocation"));
        }
        return Money.isWholeFen(c.totalPrice()) ? Optional.empty() : broken("totalPrice has fractions of a fen");
    };

    public static final Rule<Request> MILESTONES_IN_ORDER = r -> {
        RegisterParcel c = r.contract();
        if (c.signedOn() == null || c.agreedHandoverDate() == null || c.agreedStartDate() == null || c.agreedCompletionDate() == null) {
            return Optional.empty();
        }
        boolean ordered = !c.agreedHandoverDate().isBefore(c.signedOn())
                && !c.agreedStartDate().isBefore(c.agreedHandoverDate())
                && c.agreedStartDate().isBefore(c.agreedCompletionDate());
        return ordered ? Optional.empty()
                : broken("dates must run signedOn <= agreedHandoverDate <= agreedStartDate < agreedCompletionDate");
    };

    public static final Rule<Request> SIGNED_NOT_IN_FUTURE = r -> {
        RegisterParcel c = r.contract();
        return c.signedOn() == null || !c.signedOn().isAfter(r.today())
                ? Optional.empty()
                : broken("signedOn " + c.signedOn() + " lies after today " + r.today());
    };

    public static final Rule<Request> ALLOCATION_HAS_NO_INSTALLMENTS = r -> {
        RegisterParcel c = r.contract();
        return c.supplyMethod() == null || !c.supplyMethod().isAllocation() || c.installments().isEmpty()
                ? Optional.empty()
                : broken("an allocation (划拨) has no installments");
    };

    public static final Rule<Request> GRANT_HAS_INSTALLMENTS = r -> {
        RegisterParcel c = r.contract();
        return c.supplyMethod() == null || c.supplyMethod().isAllocation() || !c.installments().isEmpty()
                ? Optional.empty()
                : broken("a grant contract needs its installment schedule");
    };

    public static final Rule<Request> INSTALLMENTS_WELL_FORMED = r -> {
        RegisterParcel c = r.contract();
        LocalDate previous = null;
        for (InstallmentTerm term : c.installments()) {
            if (term == null || term.dueDate() == null || term.amount() == null) {
                return broken("each installment needs dueDate and amount");
            }
            if (term.amount().signum() <= 0 || !Money.isWholeFen(term.amount())) {
                return broken("installment amounts must be positive yuan with at most two decimals");
            }
            if (c.signedOn() != null && term.dueDate().isBefore(c.signedOn())) {
                return broken("installment due " + term.dueDate() + " lies before signing");
            }
            if (previous != null && !term.dueDate().isAfter(previous)) {
                return broken("installment due dates must be strictly increasing");
            }
            previous = term.dueDate();
        }
        return Optional.empty();
    };

    public static final Rule<Request> INSTALLMENTS_SUM_TO_PRICE = r -> {
        RegisterParcel c = r.contract();
        if (c.totalPrice() == null || c.installments().isEmpty()
                || c.installments().stream().anyMatch(t -> t == null || t.amount() == null)) {
            return Optional.empty();
        }
        BigDecimal sum = c.installments().stream().map(InstallmentTerm::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(c.totalPrice()) == 0 ? Optional.empty()
                : broken("installments sum to " + Money.yuan(sum) + " but the total price is " + Money.yuan(c.totalPrice()));
    };

    public static final Rule<Request> SANE_PLANNING_FIGURES = r -> {
        RegisterParcel c = r.contract();
        if (c.plotRatio() != null) {
            BigDecimal min = c.plotRatio().min();
            BigDecimal max = c.plotRatio().max();
            if ((min != null && min.signum() < 0) || (max != null && max.signum() < 0)
                    || (min != null && max != null && min.compareTo(max) > 0)) {
                return broken("plotRatio must have 0 <= min <= max");
            }
        }
        if (c.plannedFloorAreaSqm() != null && c.plannedFloorAreaSqm().signum() <= 0) {
            return broken("plannedFloorAreaSqm must be positive");
        }
        if (c.totalInvestment() != null && c.totalInvestment().signum() <= 0) {
            return broken("totalInvestment must be positive");
        }
        if (c.termYears() != null && c.termYears() <= 0) {
            return broken("termYears must be positive");
        }
        return Optional.empty();
    };

    /** 土地用途: a code of GB/T 21010-2017 ({@link LandUse}), or one of the names stored before the codes. */
    public static final Rule<Request> KNOWN_LAND_USE = r -> {
        RegisterParcel c = r.contract();
        if (c.landUse() == null || c.landUse().isBlank()) {
            return broken("landUse is required: a GB/T 21010-2017 code such as 0601 (工业用地), 0701 (城镇住宅用地) or 05 (商服用地)");
        }
        return LandUse.of(c.landUse()).isPresent() ? Optional.empty()
                : broken("landUse " + c.landUse() + " is not a GB/T 21010-2017 land-use code (e.g. 0601 工业用地, "
                        + "0701 城镇住宅用地, 05 商服用地)");
    };

    /**
     * The term may not pass the maximum of 《城镇国有土地使用权出让和转让暂行条例》Art. 12 for the land use: residential 70
     * years; industrial 50; education, science, culture, health, sport 50; commercial, tourism, recreation 40;
     * comprehensive or other 50. An allocation (划拨) has no statutory term (Art. 12 is about grants) and may state
     * none; a term it does state is held to the same maximum. A grant that states no term is not refused here either:
     * the contract text governs, and a missing figure is no term "over" the maximum.
     */
    public static final Rule<Request> TERM_WITHIN_STATUTORY_MAXIMUM = r -> {
        RegisterParcel c = r.contract();
        Optional<LandUse> use = LandUse.of(c.landUse());
        if (c.termYears() == null || use.isEmpty() || c.termYears() <= use.get().maxTermYears()) {
            return Optional.empty();
        }
        LandUse u = use.get();
        return broken("termYears " + c.termYears() + " exceeds the statutory maximum of " + u.maxTermYears() + " years for "
                + u.code() + " " + u.name() + " (" + u.category().statutoryName() + ", 《城镇国有土地使用权出让和转让暂行条例》第十二条)");
    };

    /** Daily rates above 1% would be a data-entry slip (‰ typed as %), never a contract term. */
    public static final Rule<Request> PLAUSIBLE_PENALTY_RATES = r -> {
        RegisterParcel c = r.contract();
        if (c.penaltyRates() == null) {
            return Optional.empty();
        }
        BigDecimal ceiling = new BigDecimal("0.01");
        boolean plausible = Stream.of(c.penaltyRates().latePaymentPerDay(), c.penaltyRates().lateStartPerDay(),
                        c.penaltyRates().lateCompletionPerDay())
                .filter(Objects::nonNull)
                .allMatch(rate -> rate.signum() >= 0 && rate.compareTo(ceiling) <= 0);
        return plausible ? Optional.empty() : broken("penalty rates are daily fractions between 0 and 0.01 (1‰ is 0.001)");
    };

    /**
     * The location point, when given, has both coordinates within their ranges (longitude −180..180, latitude −90..90)
     * and names its datum: WGS-84 and CGCS2000 coordinates look alike, and the reader must know which they are.
     */
    public static final Rule<Request> WELL_FORMED_LOCATION_POINT = r -> {
        LocationPoint p = r.contract().locationPoint();
        if (p == null) {
            return Optional.empty();
        }
        if (p.longitude() == null || p.latitude() == null || p.datum() == null) {
            return broken("locationPoint needs longitude, latitude and datum (WGS84 or CGCS2000)");
        }
        if (p.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0 || p.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            return broken("locationPoint lies outside longitude -180..180 / latitude -90..90");
        }
        return Optional.empty();
    };

    /** Every term, in the order the desk reads of the broken ones. */
    public static final List<Rule<Request>> ALL = List.of(
            WELL_FORMED_SUPERVISION_NUMBER,
            DISTRICT_MATCHES_SUPERVISION_NUMBER,
            REQUIRED_TERMS,
            VALID_CREDIT_CODE,
            POSITIVE_AREA,
            PRICE_IN_WHOLE_FEN,
            MILESTONES_IN_ORDER,
            SIGNED_NOT_IN_FUTURE,
            ALLOCATION_HAS_NO_INSTALLMENTS,
            GRANT_HAS_INSTALLMENTS,
            INSTALLMENTS_WELL_FORMED,
            INSTALLMENTS_SUM_TO_PRICE,
            KNOWN_LAND_USE,
            TERM_WITHIN_STATUTORY_MAXIMUM,
            SANE_PLANNING_FIGURES,
            PLAUSIBLE_PENALTY_RATES,
            WELL_FORMED_LOCATION_POINT);

    /** Refuses the registration with every broken term, or returns normally when the contract holds. */
    public static void enforce(RegisterParcel contract, LocalDate today) {
        List<String> violations = violationsOf(contract, today);
        if (!violations.isEmpty()) {
            throw new ParcelRuleException(RuleCode.INVALID_CONTRACT_TERMS,
                    "the contract terms do not hold: " + String.join("; ", violations), violations);
        }
    }

    /** The broken terms, described for the desk, in rule order. */
    public static List<String> violationsOf(RegisterParcel contract, LocalDate today) {
        return Rule.allRefusals(ALL, new Request(contract, today)).stream().map(Refusal::reason).toList();
    }

    private static Optional<Refusal> broken(String term) {
        return Optional.of(new Refusal(RuleCode.INVALID_CONTRACT_TERMS, term));
    }
}
