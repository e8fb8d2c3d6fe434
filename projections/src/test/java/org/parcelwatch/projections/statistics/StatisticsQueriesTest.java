package org.parcelwatch.projections.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.projections.EventDelivery;
import org.parcelwatch.projections.ProjectionTest;
import org.parcelwatch.projections.Stories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The yearly statistics against figures worked out by hand from the three stories (each parcel 26,666.70 m², that is
 * 40.00 亩; grant price 12,345,678.00 in two installments of 6,172,839.00 due 2024-03-01 and 2024-05-10): A pays on
 * time, is handed over on 2024-04-01, starts on 2024-09-28 for 2024-10-01 and a patrol on 2024-11-01 finds the board
 * posted; B (another township) is handed over and never pays, misses its start and is determined idle on 2025-11-20
 * and fined on 2025-11-25; C, an allocation, is handed over and its start moved into 2025. On H2 and PostgreSQL.
 */
@ProjectionTest
class StatisticsQueriesTest {

    private static final String A = "1305302024B00811";
    private static final String B = "1305302024B00812";
    private static final String C = "1305302024B00813";
    private static final LocalDate AFTER = d("2026-01-15");

    @Autowired
    StatisticsQueries statistics;
    @Autowired
    EventDelivery delivery;

    @BeforeEach
    void threeParcels() {
        delivery.onlyThese(Stories.onTime(A, "Xinhe town"), Stories.defaulter(B, "Zhao town"),
                Stories.excusedAllocation(C, "Xinhe town"));
    }

    @Test
    void byTownshipTheYearOfSupply() {
        Statistics year = statistics.of(2024, null, List.of(StatisticsDimension.TOWNSHIP), AFTER);
        assertThat(year.asOf()).isEqualTo(d("2024-12-31"));
        assertThat(year.groupBy()).containsExactly("township");
        assertThat(year.groups()).extracting(StatisticsGroup::township).containsExactly("Xinhe town", "Zhao town");

        StatisticsGroup xinhe = year.groups().get(0);
        assertThat(xinhe.landUse()).isNull();
        assertThat(xinhe.parcelsSupplied()).isEqualTo(2);
        assertThat(xinhe.areaSqm()).isEqualByComparingTo("53333.40");
        assertThat(xinhe.areaMu()).isEqualByComparingTo("80.00");
        assertThat(xinhe.contractPrice()).isEqualByComparingTo("12345678.00");
        assertThat(xinhe.received()).isEqualByComparingTo("12345678.00");
        assertThat(xinhe.overdueAtYearEnd()).isEqualByComparingTo("0.00");
        // C's start was moved into 2025: only A's fell due, and was met
        assertThat(xinhe.startsDue()).isEqualTo(1);
        assertThat(xinhe.startsMet()).isEqualTo(1);
        assertThat(xinhe.completionsDue()).isZero();
        assertThat(xinhe.idleDetermined()).isZero();
        assertThat(xinhe.handedOver()).isEqualTo(2);
        assertThat(xinhe.boardPosted()).isEqualTo(1);
        assertThat(xinhe.boardPostedRate()).isEqualByComparingTo("0.5000");
        assertThat(xinhe.useChangeFindings()).isZero();

        StatisticsGroup zhao = year.groups().get(1);
        assertThat(zhao.parcelsSupplied()).isEqualTo(1);
        assertThat(zhao.areaMu()).isEqualByComparingTo("40.00");
        assertThat(zhao.received()).isEqualByComparingTo("0.00");
        assertThat(zhao.overdueAtYearEnd()).isEqualByComparingTo("12345678.00");
        assertThat(zhao.startsDue()).isEqualTo(1);
        assertThat(zhao.startsMet()).isZero();
        assertThat(zhao.handedOver()).isEqualTo(1);
        assertThat(zhao.boardPostedRate()).isEqualByComparingTo("0.0000");

        StatisticsGroup total = year.total();
        assertThat(total.township()).isNull();
        assertThat(total.parcelsSupplied()).isEqualTo(3);
        assertThat(total.areaSqm()).isEqualByComparingTo("80000.10");
        // 80,000.10 / 666.67 = 119.9996…
        assertThat(total.areaMu()).isEqualByComparingTo("120.00");
        assertThat(total.contractPrice()).isEqualByComparingTo("24691356.00");
        assertThat(total.received()).isEqualByComparingTo("12345678.00");
        assertThat(total.overdueAtYearEnd()).isEqualByComparingTo("12345678.00");
        assertThat(total.startsDue()).isEqualTo(2);
        assertThat(total.startsMet()).isEqualTo(1);
        assertThat(total.handedOver()).isEqualTo(3);
        assertThat(total.boardPostedRate()).isEqualByComparingTo("0.3333");
    }

    @Test
    void theIdleLandOfTheYearItWasDeterminedAndDisposed() {
        Statistics zhao = statistics.of(2025, "Zhao town", List.of(), AFTER);
        assertThat(zhao.groups()).singleElement().isEqualTo(zhao.total());
        StatisticsGroup total = zhao.total();
        assertThat(total.parcelsSupplied()).isZero();
        assertThat(total.idleDetermined()).isEqualTo(1);
        assertThat(total.idleDeterminedMu()).isEqualByComparingTo("40.00");
        assertThat(total.idleDisposed()).isEqualTo(1);
        assertThat(total.idleDisposedMu()).isEqualByComparingTo("40.00");
        assertThat(total.overdueAtYearEnd()).isEqualByComparingTo("12345678.00");
        assertThat(statistics.of(2024, "Zhao town", List.of(), AFTER).total().idleDetermined()).isZero();
    }

    @Test
    void byLandUseAndSupplyMethod() {
        Statistics year = statistics.of(2024, null, List.of(StatisticsDimension.SUPPLY_METHOD, StatisticsDimension.LAND_USE), AFTER);
        assertThat(year.groupBy()).containsExactly("landUse", "supplyMethod");
        assertThat(year.groups()).extracting(StatisticsGroup::landUse, StatisticsGroup::landUseName, StatisticsGroup::supplyMethod,
                StatisticsGroup::parcelsSupplied, StatisticsGroup::contractPrice).containsExactly(
                org.assertj.core.groups.Tuple.tuple("0601", "工业用地", "ALLOCATION", 1L, new BigDecimal("0.00")),
                org.assertj.core.groups.Tuple.tuple("0601", "工业用地", "LISTING", 2L, new BigDecimal("24691356.00")));
    }

    /** An installment due on D is payable through D and overdue from D+1; a payment counts from its own day. */
    @Test
    void inTheCurrentYearTheFiguresStandAsOfTheAskingDay() {
        StatisticsGroup onTheDueDay = statistics.of(2024, null, List.of(), d("2024-03-01")).total();
        assertThat(onTheDueDay.overdueAtYearEnd()).isEqualByComparingTo("0.00");
        assertThat(onTheDueDay.received()).isEqualByComparingTo("6172839.00");
        StatisticsGroup theDayAfter = statistics.of(2024, null, List.of(), d("2024-03-02")).total();
        assertThat(theDayAfter.overdueAtYearEnd()).isEqualByComparingTo("6172839.00");
        // nothing handed over yet on 2024-03-02; the start date has not passed
        assertThat(theDayAfter.handedOver()).isZero();
        assertThat(theDayAfter.boardPostedRate()).isNull();
        assertThat(theDayAfter.startsDue()).isZero();
    }

    @Test
    void oneMuIs666Point67SquareMetres() {
        assertThat(StatisticsQueries.mu(new BigDecimal("666.67"))).isEqualByComparingTo("1.00");
        assertThat(StatisticsQueries.mu(new BigDecimal("1000.00"))).isEqualByComparingTo("1.50");
    }
}
