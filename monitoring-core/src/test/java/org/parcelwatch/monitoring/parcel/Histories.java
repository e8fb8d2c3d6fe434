package org.parcelwatch.monitoring.parcel;

import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/** Given-histories of the sample parcel at the points the milestone and idle tests start from. */
final class Histories {

    static final String PROJECT = "Xinhe bearing plant phase II";

    private Histories() {
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    /** Registered, paid on time in full, reminded of the second installment, handed over on the agreed day. */
    static List<Object> paidAndHandedOver() {
        return new ArrayList<>(List.of(
                SampleContract.registered(),
                new PaymentReceived(PARCEL_ID, "R-001", new BigDecimal("6172839.00"), d("2024-02-25"),
                        List.of(new Settlement(1, new BigDecimal("6172839.00")))),
                NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), new BigDecimal("6172839.00"), d("2024-04-10"))
                        .issue(PARCEL_ID, 1),
                new PaymentReceived(PARCEL_ID, "R-002", new BigDecimal("6172839.00"), d("2024-05-08"),
                        List.of(new Settlement(2, new BigDecimal("6172839.00")))),
                new HandoverRecorded(PARCEL_ID, d("2024-04-01"), "XH-JD-2024-017", d("2024-04-01"))));
    }

    /** Registered and paid on time in full, but the bureau has not handed the land over (agreed 2024-04-01). */
    static List<Object> paidNotHandedOver() {
        List<Object> history = paidAndHandedOver();
        history.remove(history.size() - 1);
        return history;
    }

    /** Paid in full, handed over on {@code handedOverOn} against the agreed 2024-04-01. */
    static List<Object> paidAndHandedOverOn(String handedOverOn) {
        List<Object> history = paidNotHandedOver();
        history.add(new HandoverRecorded(PARCEL_ID, d(handedOverOn), "XH-JD-2024-017", d("2024-04-01")));
        return history;
    }

    /** ... and reminded of the start on 2024-09-01. */
    static List<Object> startReminded() {
        List<Object> history = paidAndHandedOver();
        history.add(NoticeWording.startReminder(PROJECT, d("2024-10-01"), d("2024-09-01")).issue(PARCEL_ID, 1));
        return history;
    }

    /** ... and the start missed on 2024-10-02 with its start notice. */
    static List<Object> startMissed() {
        List<Object> history = startReminded();
        history.add(new MilestoneMissed(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2024-10-02")));
        history.add(NoticeWording.startOverdue(PROJECT, d("2024-10-01"), d("2024-10-02")).issue(PARCEL_ID, 1));
        return history;
    }

    /** ... and a land-user breach found on 2024-10-10. */
    static List<Object> startBreached() {
        List<Object> history = startMissed();
        history.add(new BreachFindingRecorded(PARCEL_ID, Milestone.START, d("2024-10-01"), BreachCause.LAND_USER, null,
                "no site works", d("2024-10-10"), true));
        history.add(NoticeWording.performance(org.parcelwatch.monitoring.notice.NoticeType.START_PERFORMANCE, PROJECT, SupplyMethod.LISTING,
                d("2024-10-01"), new BigDecimal("12345678.00"), new BigDecimal("0.0005"), d("2024-10-10")).issue(PARCEL_ID, 1));
        return history;
    }

    /** ... or a government cause (plan revised) found on 2024-10-10. */
    static List<Object> startExcused() {
        List<Object> history = startMissed();
        history.add(new BreachFindingRecorded(PARCEL_ID, Milestone.START, d("2024-10-01"), BreachCause.GOVERNMENT,
                GovernmentCause.PLAN_REVISED, "zoning revision", d("2024-10-10"), false));
        return history;
    }

    /** Paid, handed over and started on time. */
    static List<Object> startedOnTime() {
        List<Object> history = startReminded();
        history.add(new ConstructionStarted(PARCEL_ID, d("2024-09-28"), "site photos", d("2024-10-01")));
        return history;
    }

    static Object[] array(List<Object> history, Object... more) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }
}
