package org.parcelwatch.monitoring.idle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IdleFeeTest {

    private static final BigDecimal RATE = new BigDecimal("0.20");

    @Test
    void isReckonedOnThePriceOnRecord() {
        assertThat(IdleFee.base(new BigDecimal("12345678.00"), null)).isEqualByComparingTo("12345678.00");
        assertThat(IdleFee.of(new BigDecimal("12345678.00"), RATE)).isEqualTo(new BigDecimal("2469135.60"));
    }

    @Test
    void orOnTheAssessedPriceWhereTheRecordSaysZero() {
        assertThat(IdleFee.isPriced(new BigDecimal("0.00"))).isFalse();
        assertThat(IdleFee.isPriced(null)).isFalse();
        assertThat(IdleFee.base(new BigDecimal("0.00"), new BigDecimal("5000000.00"))).isEqualByComparingTo("5000000.00");
        assertThat(IdleFee.of(new BigDecimal("5000000.00"), RATE)).isEqualTo(new BigDecimal("1000000.00"));
    }

    @Test
    void roundsToTheFen() {
        assertThat(IdleFee.of(new BigDecimal("0.03"), RATE)).isEqualTo(new BigDecimal("0.01"));
        assertThat(IdleFee.of(new BigDecimal("0.02"), RATE)).isEqualTo(new BigDecimal("0.00"));
    }
}
