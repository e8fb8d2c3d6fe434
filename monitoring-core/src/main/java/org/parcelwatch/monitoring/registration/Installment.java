package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A numbered installment (期号 from 1) as registered. */
public record Installment(int no, LocalDate dueDate, BigDecimal amount) {
}
