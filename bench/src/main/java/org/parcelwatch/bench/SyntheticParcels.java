package org.parcelwatch.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.parcelwatch.monitoring.registration.Installment;
import org.parcelwatch.monitoring.registration.InstallmentTerm;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.parcelwatch.monitoring.registration.PlotRatio;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * Deterministic supplies for the benchmarks. Parcel {@code i} is signed 60 days before the sweep day,
 * pays its first installment 35 days before it, and owes its second installment either 10 days after
 * the sweep day (every hundredth parcel, unless told otherwise: its reminder is due on the sweep day, so 1% are due)
 * or 100 days after (nothing due yet); start and completion lie far beyond.
 */
final class SyntheticParcels {

    static final String[] TOWNSHIPS = {"Xinhe town", "Xunzhai town", "Renrang township", "Baishentou town",
            "Yingwangzhuang township", "Zhaozhou town", "Fanzhuang town", "Beiwangli town", "Xinzhaizhen town", "Wangxizhang"};
    private static final BigDecimal HALF = new BigDecimal("5000000.00");

    private final LocalDate sweepDay;
    private final String county;
    private final int dueEvery;

    SyntheticParcels(LocalDate sweepDay, String county) {
        this(sweepDay, county, 100);
    }

    /** Parcels of which every {@code dueEvery}th has its reminder due on {@code sweepDay}. */
    SyntheticParcels(LocalDate sweepDay, String county, int dueEvery) {
        this.sweepDay = sweepDay;
        this.county = county;
        this.dueEvery = dueEvery;
    }

    /** 16-character supervision number: county, a year from 2000, B, serial (100,000 a year). */
    String id(long i) {
        return "%s%04dB%05d".formatted(county, 2000 + i / 100_000, i % 100_000);
    }

    boolean dueOnSweepDay(long i) {
        return i % dueEvery == 0;
    }

    RegisterParcel register(long i) {
        LocalDate signed = sweepDay.minusDays(60);
        LocalDate secondDue = dueOnSweepDay(i) ? sweepDay.plusDays(10) : sweepDay.plusDays(100);
        String body = "91%s%09d".formatted(county, i % 1_000_000_000L).substring(0, 17);
        String creditCode = body + CreditCode.checkCharacter(body);
        return new RegisterParcel(id(i), "BENCH-" + i, "P" + i, SupplyMethod.LISTING, "Bench project " + i,
                new LandUser("Bench Land User " + i + " Co., Ltd.", creditCode), "Plot " + i,
                TOWNSHIPS[(int) (i % TOWNSHIPS.length)], county, new BigDecimal("12000.00"), "INDUSTRIAL", 50,
                HALF.add(HALF), signed,
                List.of(new InstallmentTerm(sweepDay.minusDays(30), HALF), new InstallmentTerm(secondDue, HALF)),
                signed.plusDays(90), sweepDay.plusDays(300), sweepDay.plusDays(1000),
                new PlotRatio(BigDecimal.ONE, new BigDecimal("2.0")), new BigDecimal("20000"),
                new BigDecimal("40000000.00"), PenaltyRates.statutoryDefaults());
    }

    RecordPayment pay(long i) {
        return new RecordPayment(id(i), HALF, sweepDay.minusDays(35), "R-" + i);
    }

    /** The registration event the aggregate would record for {@link #register(long)}. */
    ParcelRegistered registered(long i) {
        RegisterParcel c = register(i);
        return new ParcelRegistered(c.parcelId(), c.contractNo(), c.parcelCode(), c.supplyMethod(), c.projectName(),
                c.landUser(), c.location(), c.township(), c.districtCode(), c.areaSqm(), c.landUse(), c.termYears(),
                c.totalPrice(), c.signedOn(),
                List.of(new Installment(1, c.installments().get(0).dueDate(), HALF),
                        new Installment(2, c.installments().get(1).dueDate(), HALF)),
                c.agreedHandoverDate(), c.agreedStartDate(), c.agreedCompletionDate(), c.plotRatio(),
                c.plannedFloorAreaSqm(), c.totalInvestment(), c.penaltyRates(), List.of(), null, List.of());
    }

    PaymentReceived paid(long i) {
        return new PaymentReceived(id(i), "R-" + i, HALF, sweepDay.minusDays(35), List.of(new Settlement(1, HALF)));
    }
}
