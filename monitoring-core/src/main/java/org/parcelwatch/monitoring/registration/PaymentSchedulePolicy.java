package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 国土资发〔2010〕34号: the first installment is at least half the price and due within one month of
 * signing, the rest within one year. A county may have approved otherwise, so a breach is a warning
 * kept with the registration, never a refusal.
 */
public final class PaymentSchedulePolicy {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private PaymentSchedulePolicy() {
    }

    public static List<String> warnings(RegisterParcel contract) {
        List<Installment> numbered = number(contract.installments());
        List<String> warnings = new ArrayList<>();
        if (numbered.isEmpty() || contract.totalPrice() == null || contract.signedOn() == null) {
            return warnings;
        }
        Installment first = numbered.get(0);
        Installment last = numbered.get(numbered.size() - 1);
        if (first.amount().compareTo(contract.totalPrice().multiply(HALF)) < 0) {
            warnings.add("FIRST_INSTALLMENT_UNDER_HALF: the first installment is under 50% of the price");
        }
        if (first.dueDate().isAfter(contract.signedOn().plusMonths(1))) {
            warnings.add("FIRST_INSTALLMENT_LATE: the first installment is due more than one month after signing");
        }
        if (last.dueDate().isAfter(contract.signedOn().plusYears(1))) {
            warnings.add("REMAINDER_AFTER_ONE_YEAR: the last installment is due more than one year after signing");
        }
        return warnings;
    }

    public static List<Installment> number(List<InstallmentTerm> terms) {
        List<Installment> numbered = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            numbered.add(new Installment(i + 1, terms.get(i).dueDate(), terms.get(i).amount()));
        }
        return numbered;
    }
}
