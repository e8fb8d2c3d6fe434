package org.parcelwatch.api.application.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.registration.InstallmentTerm;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.monitoring.registration.PlotRatio;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/** Grant contracts dated relative to a business day, for the sweep tests. */
final class SweepParcels {

    /** Year 2031 in the supervision number keeps these apart from the other tests' parcels (2024). */
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 60_000));

    private SweepParcels() {
    }

    static String nextId() {
        return "1305302031B" + String.format("%05d", SERIAL.getAndIncrement() % 100_000);
    }

    /**
     * A listing grant of 1,000,000.00 yuan paid in equal installments due on {@code dues}.
     */
    static RegisterParcel grant(String parcelId, LocalDate signed, List<LocalDate> dues, LocalDate handover,
                                LocalDate start, LocalDate completion) {
        BigDecimal total = new BigDecimal("1000000.00");
        List<InstallmentTerm> installments = new ArrayList<>();
        BigDecimal share = total.divide(BigDecimal.valueOf(dues.size()), 2, RoundingMode.DOWN);
        for (int i = 0; i < dues.size(); i++) {
            BigDecimal amount = i == dues.size() - 1 ? total.subtract(share.multiply(BigDecimal.valueOf(dues.size() - 1))) : share;
            installments.add(new InstallmentTerm(dues.get(i), amount));
        }
        return new RegisterParcel(parcelId, "SW-" + parcelId, "130530105" + parcelId.substring(parcelId.length() - 3),
                SupplyMethod.LISTING, "Sweep test plant " + parcelId,
                new LandUser("Xinhe Bearing Co., Ltd.", "91130530MA0CX0XU3B"), "east of Xinhe Road", "Xinhe town",
                "130530", new BigDecimal("20000.00"), "INDUSTRIAL", 50, total, signed, installments, handover, start,
                completion, new PlotRatio(BigDecimal.ONE, new BigDecimal("2.0")), new BigDecimal("30000.0"),
                new BigDecimal("60000000.00"), null);
    }

    /**
     * A parcel for which a sweep on {@code today} issues exactly {@link #DUE_TODAY}: installment 1 overdue
     * (urge notice), installment 2's reminder, the missed start's notice and the completion reminder.
     */
    static RegisterParcel dueToday(String parcelId, LocalDate today) {
        return grant(parcelId, today.minusDays(100), List.of(today.minusDays(40), today.plusDays(10)),
                today.minusDays(60), today.minusDays(5), today.plusDays(25));
    }

    /**
     * Registers {@link #dueToday} and records its handover on the agreed day: the start and completion rules act only
     * on land handed over (issue 13).
     */
    static String registerDueToday(CommandGateway commands, String parcelId, LocalDate today) {
        commands.sendAndWait(org.parcelwatch.api.support.SampleParcels.inHistory(dueToday(parcelId, today)));
        commands.sendAndWait(new RecordHandover(parcelId, today.minusDays(60), "JD-" + parcelId));
        return parcelId;
    }

    /** What {@link #dueToday} issues: (type, installment, the date the notice is about), for a sweep on today. */
    static List<String> dueTodayNotices(LocalDate today) {
        return List.of(
                notice(NoticeType.PAYMENT_URGE, 1, today.minusDays(40), today),
                notice(NoticeType.PAYMENT_REMINDER, 2, today.plusDays(10), today),
                notice(NoticeType.START_OVERDUE, null, today.minusDays(5), today),
                notice(NoticeType.COMPLETION_REMINDER, null, today.plusDays(25), today));
    }

    static final int DUE_TODAY = 4;

    /** The form {@link SweepNotices} lists notices in. */
    static String notice(NoticeType type, Integer installmentNo, LocalDate dueDate, LocalDate issuedOn) {
        return type + " #" + (installmentNo == null ? "-" : installmentNo) + " due " + dueDate + " issued " + issuedOn;
    }
}
