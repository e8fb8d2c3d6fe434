package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the contract's payment schedule as entered: 约定支付日期 and 约定支付金额. */
public record InstallmentTerm(LocalDate dueDate, BigDecimal amount) {
}
