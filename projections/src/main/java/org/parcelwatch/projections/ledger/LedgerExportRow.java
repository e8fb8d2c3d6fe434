package org.parcelwatch.projections.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A ledger row as the ledger download writes it: the row and its installments, which the download shows in columns
 * (第N期约定支付日期 / 金额) so that it reads back as the contract it came from.
 */
public record LedgerExportRow(LedgerRow row, List<Installment> installments) {

    public LedgerExportRow {
        installments = List.copyOf(installments);
    }

    /** One installment of the contract: its number, due date and amount. */
    public record Installment(int no, LocalDate dueDate, BigDecimal amount) {
    }

    /** The installment of that number, or null. */
    public Installment installment(int no) {
        return installments.stream().filter(i -> i.no() == no).findFirst().orElse(null);
    }
}
