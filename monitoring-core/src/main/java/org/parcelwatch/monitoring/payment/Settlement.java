package org.parcelwatch.monitoring.payment;

import java.math.BigDecimal;

/** The part of a payment that went to one installment. */
public record Settlement(int installmentNo, BigDecimal amount) {
}
