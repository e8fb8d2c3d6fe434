package org.parcelwatch.monitoring.idle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The idle-land test of 《闲置土地处置办法》 Art. 2, and the clocks of Art. 14 that follow from it.
 * "满一年" is read as a full year: land agreed to start on 2024-10-01 is idle from 2025-10-02.
 */
public final class IdleLandCriteria {

    private static final BigDecimal THREE = new BigDecimal(3);
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private IdleLandCriteria() {
    }

    /** The grounds and the date the year runs from, when the test holds on {@code asOf}. */
    public record Suspicion(IdleGround ground, LocalDate idleSince) {
    }

    /** Not started one full year after the (current) agreed start date. */
    public static Optional<Suspicion> notStarted(LocalDate agreedStart, LocalDate startedOn, LocalDate asOf) {
        if (startedOn != null || !asOf.isAfter(agreedStart.plusYears(1))) {
            return Optional.empty();
        }
        return Optional.of(new Suspicion(IdleGround.NOT_STARTED, agreedStart));
    }

    /**
     * Started, but built area under a third of the planned area or investment under a quarter of the
     * total, and work suspended a full year. Figures that the contract or patrol left out do not count.
     */
    public static Optional<Suspicion> partialDevelopment(BigDecimal plannedFloorArea, BigDecimal totalInvestment,
                                                         BigDecimal builtFloorArea, BigDecimal invested,
                                                         LocalDate suspendedSince, LocalDate asOf) {
        if (suspendedSince == null || !asOf.isAfter(suspendedSince.plusYears(1))) {
            return Optional.empty();
        }
        // built × 3 < planned: exact, where dividing the planned area by three would have to round
        boolean underBuilt = plannedFloorArea != null && builtFloorArea != null
                && builtFloorArea.multiply(THREE).compareTo(plannedFloorArea) < 0;
        boolean underInvested = totalInvestment != null && invested != null
                && invested.compareTo(totalInvestment.multiply(QUARTER)) < 0;
        return underBuilt || underInvested
                ? Optional.of(new Suspicion(IdleGround.PARTIAL_DEVELOPMENT, suspendedSince))
                : Optional.empty();
    }

    /** Idle one full year: the idle-land fee may be levied (Art. 14 (1)). */
    public static boolean feeAllowed(LocalDate idleSince, LocalDate on) {
        return on.isAfter(idleSince.plusYears(1));
    }

    /** Idle two full years: recovery without compensation may be decided (Art. 14 (2)). */
    public static boolean recoveryAllowed(LocalDate idleSince, LocalDate on) {
        return on.isAfter(idleSince.plusYears(2));
    }

    public static LocalDate recoveryAllowedFrom(LocalDate idleSince) {
        return idleSince.plusYears(2).plusDays(1);
    }
}
