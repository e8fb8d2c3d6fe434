package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.parcel.RuleCode;

/**
 * 国土资发〔2010〕34号: the first installment is at least half the price and due within one month of
 * signing, the rest within one year. A county may have approved otherwise, so a breach is a warning
 * kept with the registration, never a refusal.
 *
 * <p>A warning is a refusal that does not refuse: each check is a {@link Rule} like the registration's
 * own terms, named, composed in {@link #ALL} and tested alone, because the question it asks is the same
 * ("does the contract break this term?"). What makes it a warning is only what the registration does with
 * the answer: it keeps every refusal's reason on {@code ParcelRegistered.warnings} instead of throwing. The
 * reason starts with the warning's stable code ({@code FIRST_INSTALLMENT_UNDER_HALF: ...}), the form the
 * events have always stored; the refusal's {@link RuleCode} says what the breach would be if it were
 * enforced and is not recorded.
 */
public final class PaymentSchedulePolicy {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private PaymentSchedulePolicy() {
    }

    /** What the checks read: a contract with a price, a signing date and at least one installment. */
    public record Schedule(LocalDate signedOn, BigDecimal totalPrice, Installment first, Installment last) {
    }

    public static final Rule<Schedule> FIRST_INSTALLMENT_UNDER_HALF = s -> warning(
            s.first().amount().compareTo(s.totalPrice().multiply(HALF)) < 0,
            "FIRST_INSTALLMENT_UNDER_HALF: the first installment is under 50% of the price");

    public static final Rule<Schedule> FIRST_INSTALLMENT_LATE = s -> warning(
            s.first().dueDate().isAfter(s.signedOn().plusMonths(1)),
            "FIRST_INSTALLMENT_LATE: the first installment is due more than one month after signing");

    public static final Rule<Schedule> REMAINDER_AFTER_ONE_YEAR = s -> warning(
            s.last().dueDate().isAfter(s.signedOn().plusYears(1)),
            "REMAINDER_AFTER_ONE_YEAR: the last installment is due more than one year after signing");

    public static final List<Rule<Schedule>> ALL = List.of(FIRST_INSTALLMENT_UNDER_HALF, FIRST_INSTALLMENT_LATE,
            REMAINDER_AFTER_ONE_YEAR);

    /** The warnings to keep with the registration, each "CODE: explanation"; none for an allocation or an incomplete contract. */
    public static List<String> warnings(RegisterParcel contract) {
        return schedule(contract)
                .map(schedule -> Rule.allRefusals(ALL, schedule).stream().map(Refusal::reason).toList())
                .orElse(List.of());
    }

    /** The schedule the checks read, when the contract has one to check. */
    static Optional<Schedule> schedule(RegisterParcel contract) {
        List<Installment> numbered = number(contract.installments());
        if (numbered.isEmpty() || contract.totalPrice() == null || contract.signedOn() == null) {
            return Optional.empty();
        }
        return Optional.of(new Schedule(contract.signedOn(), contract.totalPrice(), numbered.get(0),
                numbered.get(numbered.size() - 1)));
    }

    public static List<Installment> number(List<InstallmentTerm> terms) {
        List<Installment> numbered = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            numbered.add(new Installment(i + 1, terms.get(i).dueDate(), terms.get(i).amount()));
        }
        return numbered;
    }

    private static Optional<Refusal> warning(boolean breached, String warning) {
        return Refusal.when(breached, RuleCode.RULE_VIOLATION, warning);
    }
}
