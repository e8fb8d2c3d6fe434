package org.parcelwatch.monitoring.parcel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parcelwatch.monitoring.payment.LatePaymentDamages;

/** One installment as it stands: what was due, what came in and when, and what the bureau did about it. */
public class InstallmentLedger {

    public enum Status { PENDING, REMINDED, PARTIALLY_PAID, OVERDUE, PAID, PAID_LATE }

    private int no;
    private LocalDate dueDate;
    private BigDecimal amount;
    private BigDecimal paid = Money.ZERO;
    private List<LatePaymentDamages.Part> payments = new ArrayList<>();
    private String reminderNoticeNo;
    private LocalDate overdueFrom;
    private String urgeNoticeNo;
    private LocalDate terminationRightOn;

    InstallmentLedger() {
        // for snapshot deserialization
    }

    InstallmentLedger(int no, LocalDate dueDate, BigDecimal amount) {
        this.no = no;
        this.dueDate = dueDate;
        this.amount = Money.yuan(amount);
    }

    void settle(LocalDate paidOn, BigDecimal part) {
        paid = Money.yuan(paid.add(part));
        payments.add(new LatePaymentDamages.Part(paidOn, part));
    }

    void markReminded(String noticeNo) {
        reminderNoticeNo = noticeNo;
    }

    void markOverdue(LocalDate from) {
        overdueFrom = from;
    }

    void markUrged(String noticeNo) {
        urgeNoticeNo = noticeNo;
    }

    void markTerminationRight(LocalDate on) {
        terminationRightOn = on;
    }

    public int no() {
        return no;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal paid() {
        return paid;
    }

    public BigDecimal outstanding() {
        return Money.yuan(amount.subtract(paid));
    }

    public boolean isSettled() {
        return outstanding().signum() <= 0;
    }

    public List<LatePaymentDamages.Part> payments() {
        return List.copyOf(payments);
    }

    public boolean isReminded() {
        return reminderNoticeNo != null;
    }

    public LocalDate overdueFrom() {
        return overdueFrom;
    }

    public String urgeNoticeNo() {
        return urgeNoticeNo;
    }

    public LocalDate terminationRightOn() {
        return terminationRightOn;
    }

    /** Open overdue: marked overdue and money still outstanding. */
    public boolean isOpenOverdue() {
        return overdueFrom != null && !isSettled();
    }

    public Status status(LocalDate asOf) {
        if (isSettled()) {
            LocalDate lastPaid = payments.stream().map(LatePaymentDamages.Part::paidOn).max(LocalDate::compareTo).orElse(dueDate);
            return lastPaid.isAfter(dueDate) ? Status.PAID_LATE : Status.PAID;
        }
        if (overdueFrom != null || asOf.isAfter(dueDate)) {
            return Status.OVERDUE;
        }
        if (paid.signum() > 0) {
            return Status.PARTIALLY_PAID;
        }
        return isReminded() ? Status.REMINDED : Status.PENDING;
    }

    public BigDecimal damages(BigDecimal ratePerDay, LocalDate asOf) {
        return LatePaymentDamages.of(dueDate, amount, payments, ratePerDay, asOf);
    }

    // Value equality: the fixture's state-change detection and snapshot round trips compare folds.
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof InstallmentLedger other)) {
            return false;
        }
        return java.util.Objects.equals(no, other.no)
                && java.util.Objects.equals(dueDate, other.dueDate)
                && java.util.Objects.equals(amount, other.amount)
                && java.util.Objects.equals(paid, other.paid)
                && java.util.Objects.equals(payments, other.payments)
                && java.util.Objects.equals(reminderNoticeNo, other.reminderNoticeNo)
                && java.util.Objects.equals(overdueFrom, other.overdueFrom)
                && java.util.Objects.equals(urgeNoticeNo, other.urgeNoticeNo)
                && java.util.Objects.equals(terminationRightOn, other.terminationRightOn);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(no, dueDate, amount, paid, payments, reminderNoticeNo, overdueFrom, urgeNoticeNo, terminationRightOn);
    }
}
