package org.parcelwatch.monitoring.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * Deadlines that run from the day a notice was delivered (送达), not from the day it was issued: the land user's
 * days to answer the investigation notice (闲置土地调查通知书; 《闲置土地处置办法》, 国土资源部令第53号, Art. 5: 30 days)
 * and to pay the idle-land fee (征缴土地闲置费决定书: 30 days), and the land user's working days to ask for a hearing
 * (听证告知书: 5 working days, reckoned on the working-day calendar when the delivery is recorded, so the notice carries no
 * {@code daysFromDelivery}). Until the delivery is recorded such a deadline is
 * open: the notice's {@code dueDate} is null. Every other notice is about a date it names (an installment's due
 * date, an agreed milestone) and keeps it.
 *
 * <p>Days are counted as elsewhere (DESIGN §4): delivered on D with n days to act, the deadline is D + n, the last
 * day to act; it is past from D + n + 1.
 */
public final class DeliveryDeadline {

    private static final Set<NoticeType> FROM_DELIVERY = EnumSet.of(NoticeType.IDLE_INVESTIGATION, NoticeType.IDLE_FEE_DECISION,
            NoticeType.HEARING_RIGHTS);

    private DeliveryDeadline() {
    }

    public static boolean runsFromDelivery(NoticeType type) {
        return type != null && FROM_DELIVERY.contains(type);
    }

    /** The last day to act on a notice delivered on {@code deliveredOn} with {@code days} to act. */
    public static LocalDate dueOn(LocalDate deliveredOn, int days) {
        return deliveredOn.plusDays(days);
    }

    /**
     * The days to act of a notice issued before deadlines ran from delivery (before 2026-11-30): it stored its
     * deadline counted from the issue, so the days are the distance between the two. Null when it stored none.
     */
    public static Integer daysOfLegacyNotice(LocalDate issuedOn, LocalDate storedDueDate) {
        return issuedOn == null || storedDueDate == null ? null : (int) ChronoUnit.DAYS.between(issuedOn, storedDueDate);
    }

    /** Whether the deadline has passed on {@code asOf}; an open deadline (null) never has. */
    public static boolean isPast(LocalDate dueDate, LocalDate asOf) {
        return dueDate != null && asOf.isAfter(dueDate);
    }
}
