package org.parcelwatch.projections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.notice.NoticeDraft;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.registration.Installment;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.parcelwatch.monitoring.registration.PlotRatio;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * The DESIGN §4 sample supply (Xinhe bearing plant phase II, as monitoring-core's {@code SampleContract}) as the
 * events its aggregate records, for any supervision number and township: grant price 12,345,678.00 in two
 * installments of 6,172,839.00 due 2024-03-01 and 2024-05-10; handover 2024-04-01, start 2024-10-01, completion
 * 2026-10-01; damages 1‰ a day on late payments.
 */
public final class SampleParcel {

    public static final String PROJECT = "Xinhe bearing plant phase II";
    public static final BigDecimal TOTAL_PRICE = new BigDecimal("12345678.00");
    public static final BigDecimal INSTALLMENT = new BigDecimal("6172839.00");

    private SampleParcel() {
    }

    /** The sample's land user (用地单位), whose unified social credit code every sample parcel names. */
    public static final LandUser LAND_USER = new LandUser("Xinhe Bearing Co., Ltd.", "91130530MA0CX0XU3B");

    /** Registered by grant contract (挂牌 listing) on 2024-02-01. */
    public static ParcelRegistered registered(String parcelId, String township) {
        return registered(parcelId, township, LAND_USER);
    }

    /** The same supply to another land user. */
    public static ParcelRegistered registered(String parcelId, String township, LandUser landUser) {
        return registration(parcelId, township, SupplyMethod.LISTING, TOTAL_PRICE, List.of(
                new Installment(1, d("2024-03-01"), INSTALLMENT), new Installment(2, d("2024-05-10"), INSTALLMENT)), landUser);
    }

    /** The same land by allocation decision (划拨): no price, no installments, the same milestones. */
    public static ParcelRegistered allocated(String parcelId, String township) {
        return registration(parcelId, township, SupplyMethod.ALLOCATION, new BigDecimal("0.00"), List.of(), LAND_USER);
    }

    private static ParcelRegistered registration(String parcelId, String township, SupplyMethod method, BigDecimal price,
                                                 List<Installment> installments, LandUser landUser) {
        return new ParcelRegistered(parcelId, "XH-CR-" + parcelId, "130530105017", method, PROJECT,
                landUser, "east of Xinhe Road", township, "130530",
                new BigDecimal("26666.70"), "INDUSTRIAL", 50, price, d("2024-02-01"), installments, d("2024-04-01"),
                d("2024-10-01"), d("2026-10-01"), new PlotRatio(new BigDecimal("1.0"), new BigDecimal("2.0")),
                new BigDecimal("40000.0"), new BigDecimal("80000000.00"),
                new PenaltyRates(new BigDecimal("0.001"), new BigDecimal("0.0005"), new BigDecimal("0.0005")), List.of(), null, List.of());
    }

    /** A whole installment paid. */
    public static PaymentReceived paid(String parcelId, int installmentNo, String paidOn) {
        return new PaymentReceived(parcelId, "R-" + parcelId + "-" + installmentNo, INSTALLMENT, d(paidOn),
                List.of(new Settlement(installmentNo, INSTALLMENT)));
    }

    /** The parcel's notice of that serial, as the aggregate numbers it. */
    public static NoticeIssued notice(String parcelId, NoticeDraft draft, int serial) {
        return draft.issue(parcelId, serial);
    }

    public static LocalDate d(String day) {
        return LocalDate.parse(day);
    }
}
