package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.parcelwatch.monitoring.parcel.Money;

/**
 * One term that a registration must satisfy. Each rule is a named value; {@link #ALL} composes them
 * and the aggregate refuses the registration with every violation at once, so the desk fixes the
 * contract entry in one go.
 */
@FunctionalInterface
public interface RegistrationRule {

    /** The broken term, described for the desk, or empty when the rule holds. */
    Optional<String> violation(RegisterParcel contract, LocalDate today);

    RegistrationRule WELL_FORMED_SUPERVISION_NUMBER = (c, today) ->
            SupervisionNumber.isValid(c.parcelId())
                    ? Optional.empty()
                    : Optional.of("parcelId must be an electronic supervision number like 1305302024B00017");

    RegistrationRule DISTRICT_MATCHES_SUPERVISION_NUMBER = (c, today) ->
            c.districtCode() == null || !SupervisionNumber.isValid(c.parcelId())
                    || SupervisionNumber.countyCode(c.parcelId()).equals(c.districtCode())
                    ? Optional.empty()
                    : Optional.of("districtCode " + c.districtCode() + " is not the county of supervision number " + c.parcelId());

    RegistrationRule REQUIRED_TERMS = (c, today) -> {
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
        return missing.isEmpty() ? Optional.empty() : Optional.of("missing contract terms: " + String.join(", ", missing));
    };

    RegistrationRule VALID_CREDIT_CODE = (c, today) ->
            c.landUser() == null || CreditCode.isValid(c.landUser().creditCode())
                    ? Optional.empty()
                    : Optional.of("landUser.creditCode is not a valid unified social credit code (GB 32100-2015)");

    RegistrationRule POSITIVE_AREA = (c, today) ->
            c.areaSqm() == null || c.areaSqm().signum() > 0
                    ? Optional.empty()
                    : Optional.of("areaSqm must be positive");

    RegistrationRule PRICE_IN_WHOLE_FEN = (c, today) -> {
        if (c.totalPrice() == null || c.supplyMethod() == null) {
            return Optional.empty();
        }
        boolean positiveRequired = !c.supplyMethod().isAllocation();
        if (c.totalPrice().signum() < 0 || (positiveRequired && c.totalPrice().signum() == 0)) {
            return Optional.of("totalPrice must be positive" + (positiveRequired ? "" : " or zero for an allocation"));
        }
        return Money.isWholeFen(c.totalPrice()) ? Optional.empty() : Optional.of("totalPrice has fractions of a fen");
    };

    RegistrationRule MILESTONES_IN_ORDER = (c, today) -> {
        if (c.signedOn() == null || c.agreedHandoverDate() == null || c.agreedStartDate() == null || c.agreedCompletionDate() == null) {
            return Optional.empty();
        }
        boolean ordered = !c.agreedHandoverDate().isBefore(c.signedOn())
                && !c.agreedStartDate().isBefore(c.agreedHandoverDate())
                && c.agreedStartDate().isBefore(c.agreedCompletionDate());
        return ordered ? Optional.empty()
                : Optional.of("dates must run signedOn <= agreedHandoverDate <= agreedStartDate < agreedCompletionDate");
    };

    RegistrationRule SIGNED_NOT_IN_FUTURE = (c, today) ->
            c.signedOn() == null || !c.signedOn().isAfter(today)
                    ? Optional.empty()
                    : Optional.of("signedOn " + c.signedOn() + " lies after today " + today);

    RegistrationRule ALLOCATION_HAS_NO_INSTALLMENTS = (c, today) ->
            c.supplyMethod() == null || !c.supplyMethod().isAllocation() || c.installments().isEmpty()
                    ? Optional.empty()
                    : Optional.of("an allocation (划拨) has no installments");

    RegistrationRule GRANT_HAS_INSTALLMENTS = (c, today) ->
            c.supplyMethod() == null || c.supplyMethod().isAllocation() || !c.installments().isEmpty()
                    ? Optional.empty()
                    : Optional.of("a grant contract needs its installment schedule");

    RegistrationRule INSTALLMENTS_WELL_FORMED = (c, today) -> {
        LocalDate previous = null;
        for (InstallmentTerm term : c.installments()) {
            if (term == null || term.dueDate() == null || term.amount() == null) {
                return Optional.of("each installment needs dueDate and amount");
            }
            if (term.amount().signum() <= 0 || !Money.isWholeFen(term.amount())) {
                return Optional.of("installment amounts must be positive yuan with at most two decimals");
            }
            if (c.signedOn() != null && term.dueDate().isBefore(c.signedOn())) {
                return Optional.of("installment due " + term.dueDate() + " lies before signing");
            }
            if (previous != null && !term.dueDate().isAfter(previous)) {
                return Optional.of("installment due dates must be strictly increasing");
            }
            previous = term.dueDate();
        }
        return Optional.empty();
    };

    RegistrationRule INSTALLMENTS_SUM_TO_PRICE = (c, today) -> {
        if (c.totalPrice() == null || c.installments().isEmpty()
                || c.installments().stream().anyMatch(t -> t == null || t.amount() == null)) {
            return Optional.empty();
        }
        BigDecimal sum = c.installments().stream().map(InstallmentTerm::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(c.totalPrice()) == 0 ? Optional.empty()
                : Optional.of("installments sum to " + Money.yuan(sum) + " but the total price is " + Money.yuan(c.totalPrice()));
    };

    RegistrationRule SANE_PLANNING_FIGURES = (c, today) -> {
        if (c.plotRatio() != null) {
            BigDecimal min = c.plotRatio().min();
            BigDecimal max = c.plotRatio().max();
            if ((min != null && min.signum() < 0) || (max != null && max.signum() < 0)
                    || (min != null && max != null && min.compareTo(max) > 0)) {
                return Optional.of("plotRatio must have 0 <= min <= max");
            }
        }
        if (c.plannedFloorAreaSqm() != null && c.plannedFloorAreaSqm().signum() <= 0) {
            return Optional.of("plannedFloorAreaSqm must be positive");
        }
        if (c.totalInvestment() != null && c.totalInvestment().signum() <= 0) {
            return Optional.of("totalInvestment must be positive");
        }
        if (c.termYears() != null && (c.termYears() <= 0 || c.termYears() > 70)) {
            return Optional.of("termYears must be between 1 and 70");
        }
        return Optional.empty();
    };

    /** Daily rates above 1% would be a data-entry slip (‰ typed as %), never a contract term. */
    RegistrationRule PLAUSIBLE_PENALTY_RATES = (c, today) -> {
        if (c.penaltyRates() == null) {
            return Optional.empty();
        }
        BigDecimal ceiling = new BigDecimal("0.01");
        boolean plausible = Stream.of(c.penaltyRates().latePaymentPerDay(), c.penaltyRates().lateStartPerDay(),
                        c.penaltyRates().lateCompletionPerDay())
                .filter(Objects::nonNull)
                .allMatch(rate -> rate.signum() >= 0 && rate.compareTo(ceiling) <= 0);
        return plausible ? Optional.empty() : Optional.of("penalty rates are daily fractions between 0 and 0.01 (1‰ is 0.001)");
    };

    List<RegistrationRule> ALL = List.of(
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
            SANE_PLANNING_FIGURES,
            PLAUSIBLE_PENALTY_RATES);

    static List<String> violationsOf(RegisterParcel contract, LocalDate today) {
        return ALL.stream().map(rule -> rule.violation(contract, today)).flatMap(Optional::stream).toList();
    }
}
