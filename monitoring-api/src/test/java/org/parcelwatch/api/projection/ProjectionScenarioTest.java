package org.parcelwatch.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.LedgerCounts;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.idle.DetermineIdleLand;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.VerifyIdleLand;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.GrantExtension;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.RecordBreachFinding;
import org.parcelwatch.monitoring.milestone.RecordCompletion;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.notice.RecordNoticeDelivery;
import org.parcelwatch.monitoring.milestone.RecordStart;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.RecordPatrol;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.SupplyMethod;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.projections.ProjectionAdmin;
import org.parcelwatch.projections.ProjectionProcessing;
import org.parcelwatch.projections.breach.BreachCase;
import org.parcelwatch.projections.breach.BreachCaseRepository;
import org.parcelwatch.projections.idle.IdleCaseEntry;
import org.parcelwatch.projections.idle.IdleReferralQueries;
import org.parcelwatch.projections.indicators.IndicatorQueries;
import org.parcelwatch.projections.indicators.Indicators;
import org.parcelwatch.projections.ledger.LedgerEntry;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.ParcelDetail;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.parcelwatch.projections.notice.NoticeEntry;
import org.parcelwatch.projections.notice.NoticeQueries;
import org.parcelwatch.projections.worklist.Worklist;
import org.parcelwatch.projections.worklist.WorklistQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three parcels through payments, handover, start, patrols, breach, extension and idle land, on
 * PostgreSQL: the projections show what DESIGN §2 prescribes, and a replay rebuilds them row for row.
 * Business dates lie in the past of the real clock, so no clock adjustment is needed; what the
 * aggregate dates "today" (referral, determination) falls on the real today.
 */
@PostgresTest
class ProjectionScenarioTest {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;
    @Autowired
    ProjectionAdmin projections;
    @Autowired
    org.parcelwatch.api.store.axon.ClusterProjectionProgress cluster;
    @Autowired
    ParcelQueries parcels;
    @Autowired
    NoticeQueries notices;
    @Autowired
    BreachCaseRepository breaches;
    @Autowired
    IdleReferralQueries idleReferrals;
    @Autowired
    IndicatorQueries indicators;
    @Autowired
    WorklistQueries worklist;
    @Autowired
    JdbcTemplate jdbc;

    private final String xinhe = "Xinhe town " + UUID.randomUUID();
    private final String zhao = "Zhao town " + UUID.randomUUID();

    @Test
    void scenarioProducesTheExpectedRowsAndAReplayReproducesThem() {
        String onTime = SampleParcels.nextParcelId();
        String defaulter = SampleParcels.nextParcelId();
        String allocation = SampleParcels.nextParcelId();

        runOnTimeParcel(onTime);
        runDefaultingParcel(defaulter);
        runAllocationWithGovernmentDelay(allocation);
        awaitProjections();

        assertLedger(onTime, defaulter, allocation);
        assertNotices(onTime, defaulter, allocation);
        assertRegisters(defaulter, allocation);
        assertIndicators();
        assertWorklist(defaulter);
        LedgerCounts.assertKeptTotalsMatchTheRows(jdbc);

        List<String> ids = List.of(onTime, defaulter, allocation);
        Map<String, List<Map<String, Object>>> before = snapshot(ids);
        // the land user's record: the defaulter's price in arrears and its idle land, which the replay must rebuild
        assertThat(before.get("land_user_default")).extracting(row -> row.get("parcel_id") + " " + row.get("kind"))
                .containsExactly(defaulter + " IDLE_FOR_OWN_CAUSE", defaulter + " OVERDUE_LAND_PRICE");
        ProjectionProcessing.GROUPS.forEach(projections::replay);
        awaitProjections();
        // the last batch may still be committing when the tokens report the head
        await().atMost(CATCH_UP).untilAsserted(() -> {
            Map<String, List<Map<String, Object>>> after = snapshot(ids);
            before.forEach((table, rows) -> {
                assertThat(after.get(table)).as("%s rows after replay", table).hasSameSizeAs(rows);
                for (int i = 0; i < rows.size(); i++) {
                    for (String column : rows.get(i).keySet()) {
                        assertThat(after.get(table).get(i).get(column)).as("%s row %d column %s after replay", table, i, column)
                                .isEqualTo(rows.get(i).get(column));
                    }
                }
            });
        });
        LedgerCounts.assertKeptTotalsMatchTheRows(jdbc);
    }

    private void runOnTimeParcel(String id) {
        commands.sendAndWait(SampleParcels.inHistory(registration(id, xinhe, SupplyMethod.LISTING)));
        commands.sendAndWait(new RecordPayment(id, new BigDecimal("6172839.00"), d("2024-02-25"), "R-" + id + "-1"));
        commands.sendAndWait(new RecordHandover(id, d("2024-04-01"), "JD-" + id));
        commands.sendAndWait(new CheckDuePoints(id, d("2024-04-10")));
        commands.sendAndWait(new RecordPayment(id, new BigDecimal("6172839.00"), d("2024-05-08"), "R-" + id + "-2"));
        commands.sendAndWait(new CheckDuePoints(id, d("2024-09-01")));
        commands.sendAndWait(new RecordStart(id, d("2024-09-28"), "site photos"));
        commands.sendAndWait(patrol(id, "2024-11-01", ConstructionStatus.UNDER_CONSTRUCTION));
        commands.sendAndWait(new CheckDuePoints(id, d("2026-09-01")));
        commands.sendAndWait(new RecordCompletion(id, d("2026-09-20"), "GH-YS-2026-9"));
        commands.sendAndWait(patrol(id, "2026-10-01", ConstructionStatus.COMPLETED));
    }

    private void runDefaultingParcel(String id) {
        commands.sendAndWait(SampleParcels.inHistory(registration(id, zhao, SupplyMethod.AUCTION)));
        commands.sendAndWait(new CheckDuePoints(id, d("2024-06-01")));
        commands.sendAndWait(new CheckDuePoints(id, d("2024-06-02")));
        // the first urge notice reaches the land user; a replay meets its issue and delivery in one batch
        commands.sendAndWait(new RecordNoticeDelivery(id, id + "-CJ-01", d("2024-06-05"), "Wang Fang"));
        commands.sendAndWait(new RecordHandover(id, d("2024-04-05"), "JD-" + id));
        commands.sendAndWait(new CheckDuePoints(id, d("2024-10-02")));
        commands.sendAndWait(new RecordBreachFinding(id, Milestone.START, BreachCause.LAND_USER, null, "no works"));
        commands.sendAndWait(new CheckDuePoints(id, d("2025-10-02")));
        commands.sendAndWait(new VerifyIdleLand(id, d("2025-10-08"), true, "vacant, fenced"));
        commands.sendAndWait(new DetermineIdleLand(id, "ZX-XZRD-2025-1", today(), BreachCause.LAND_USER, null, null));
        // the hearing step: the notice delivered and the land user's written waiver, on the day
        commands.sendAndWait(new org.parcelwatch.monitoring.idle.IssueHearingNotice(id, today(), IdleDisposalMethod.IDLE_FEE));
        commands.sendAndWait(new RecordNoticeDelivery(id, id + "-TZGZ-01", today(), "Wang Fang"));
        commands.sendAndWait(new org.parcelwatch.monitoring.idle.RecordHearing(id, today(), true, null, null, null));
        commands.sendAndWait(new DisposeIdleLand(id, IdleDisposalMethod.IDLE_FEE, "ZX-XZF-2025-1", today(), null, null,
                null, null, null, null, "fee"));
    }

    private void runAllocationWithGovernmentDelay(String id) {
        commands.sendAndWait(SampleParcels.inHistory(registration(id, xinhe, SupplyMethod.ALLOCATION)));
        commands.sendAndWait(new RecordHandover(id, d("2024-04-01"), "JD-" + id));
        commands.sendAndWait(new CheckDuePoints(id, d("2024-10-02")));
        commands.sendAndWait(new RecordBreachFinding(id, Milestone.START, BreachCause.GOVERNMENT,
                GovernmentCause.PLAN_REVISED, "road plan revised"));
        // the past is walked with today's clock: the extension enters history, checking nothing as of today
        commands.sendAndWait(SampleParcels.inHistory(new GrantExtension(id, Milestone.START, d("2025-03-01"), "YQ-" + id,
                d("2024-10-20"), null, "plan revised", null)));
    }

    private void assertLedger(String onTime, String defaulter, String allocation) {
        LedgerEntry done = ledgerRow(onTime);
        assertThat(done.getStage()).isEqualTo(Stage.COMPLETED);
        assertThat(done.getPaid()).isEqualByComparingTo("12345678.00");
        assertThat(done.getOutstanding()).isEqualByComparingTo("0.00");
        assertThat(done.getFlags()).isEmpty();
        assertThat(done.isPatrolledStartStage()).isTrue();
        assertThat(done.isPatrolledCompletionStage()).isTrue();
        assertThat(done.getNextDueOn()).isNull();

        LedgerEntry bad = ledgerRow(defaulter);
        assertThat(bad.getStage()).isEqualTo(Stage.HANDED_OVER);
        assertThat(bad.getOutstanding()).isEqualByComparingTo("12345678.00");
        assertThat(bad.getFlags()).containsExactlyInAnyOrder(Flag.PAYMENT_OVERDUE, Flag.TERMINATION_RIGHT,
                Flag.START_BREACH, Flag.IDLE_DETERMINED, Flag.RECOVERY_ELIGIBLE);
        assertThat(bad.getIdleStatus()).isEqualTo("FEE_IMPOSED");
        // determined on the real today, more than two years after 2024-10-01: eligible for recovery at once;
        // the completion points stay pending because no sweep ran on those days
        assertThat(bad.getNextDueOn()).isEqualTo(d("2026-09-01"));
        assertThat(jdbc.queryForList("select rule || ' ' || fires_on from monitoring_schedule"
                + " where parcel_id = ? and status = 'PENDING' order by fires_on, rule", String.class, defaulter))
                .containsExactly("COMPLETION_REMINDER 2026-09-01", "COMPLETION_MISSED 2026-10-02");
        assertThat(jdbc.queryForObject("select done_on from monitoring_schedule where parcel_id = ?"
                + " and rule = 'PAYMENT_OVERDUE' and subject = 'installment 2'", LocalDate.class, defaulter)).isNotNull();

        LedgerEntry excused = ledgerRow(allocation);
        assertThat(excused.getFlags()).isEmpty();
        assertThat(excused.getAgreedStartDate()).isEqualTo(d("2025-03-01"));
        assertThat(excused.getAgreedCompletionDate()).isEqualTo(d("2027-03-01"));

        assertThat(parcels.ledger(new LedgerFilter(zhao, null, Flag.START_BREACH), Pageable.ofSize(10)).getContent())
                .extracting(LedgerEntry::getParcelId).containsExactly(defaulter);
        assertThat(parcels.ledger(new LedgerFilter(xinhe, Stage.COMPLETED, null), Pageable.ofSize(10)).getContent())
                .extracting(LedgerEntry::getParcelId).containsExactly(onTime);
        assertThat(parcels.ledger(new LedgerFilter(xinhe, null, null), Pageable.ofSize(1)).getTotalElements()).isEqualTo(2);
        // the desk's pages on PostgreSQL: the total from the page's own statement, counted or kept, and past the end
        assertThat(parcels.ledgerRows(new LedgerFilter(xinhe, null, null), PageRequest.of(1, 1)))
                .singleElement().extracting(org.parcelwatch.projections.ledger.LedgerRow::township).isEqualTo(xinhe);
        assertThat(parcels.ledgerRows(new LedgerFilter(xinhe, null, null), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
        assertThat(parcels.ledgerRows(new LedgerFilter(zhao, null, Flag.START_BREACH), PageRequest.of(0, 10)).getContent())
                .extracting(org.parcelwatch.projections.ledger.LedgerRow::parcelId).containsExactly(defaulter);
        assertThat(parcels.ledgerRows(new LedgerFilter(zhao, null, Flag.START_BREACH), PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(1);
        assertThat(parcels.ledgerRows(new LedgerFilter(xinhe, null, null), PageRequest.of(7, 2)).getTotalElements()).isEqualTo(2);

        ParcelDetail detail = parcels.detail(defaulter, d("2024-06-11")).orElseThrow();
        // 2 × 6,172,839.00 × 0.001: installment 1 for 102 days, installment 2 for 32 days
        assertThat(detail.damages().latePayment()).isEqualByComparingTo("827160.43");
        assertThat(detail.installments()).extracting(ParcelDetail.InstallmentView::status).containsOnly("OVERDUE");
    }

    private void assertNotices(String onTime, String defaulter, String allocation) {
        assertThat(notices.ofParcel(onTime)).extracting(NoticeEntry::getNoticeNo)
                .containsExactlyInAnyOrder(onTime + "-TX-01", onTime + "-KGTX-01", onTime + "-JGTX-01");
        assertThat(notices.ofParcel(defaulter)).extracting(NoticeEntry::getType).containsExactlyInAnyOrder(
                NoticeType.PAYMENT_URGE, NoticeType.PAYMENT_URGE, NoticeType.START_OVERDUE, NoticeType.START_PERFORMANCE,
                NoticeType.IDLE_INVESTIGATION, NoticeType.IDLE_DETERMINATION, NoticeType.HEARING_RIGHTS,
                NoticeType.IDLE_FEE_DECISION);
        NoticeEntry urge = notices.byNumber(defaulter + "-CJ-02").orElseThrow();
        assertThat(urge.getInstallmentNo()).isEqualTo(2);
        assertThat(urge.getDueDate()).isEqualTo(d("2024-05-10"));
        assertThat(urge.getIssuedOn()).isEqualTo(d("2024-06-01"));
        assertThat(urge.getDeliveredOn()).isNull();
        NoticeEntry delivered = notices.byNumber(defaulter + "-CJ-01").orElseThrow();
        assertThat(delivered.getDeliveredOn()).isEqualTo(d("2024-06-05"));
        assertThat(delivered.getReceivedBy()).isEqualTo("Wang Fang");
        assertThat(notices.ofParcel(allocation)).extracting(NoticeEntry::getType).containsExactly(NoticeType.START_OVERDUE);
    }

    private void assertRegisters(String defaulter, String allocation) {
        BreachCase breach = breaches.findByParcelIdOrderByMissedFrom(defaulter).get(0);
        assertThat(breach.getStatus()).isEqualTo(BreachCase.Status.BREACH);
        assertThat(breach.getPerformanceNoticeNo()).isEqualTo(defaulter + "-KGLY-01");
        assertThat(breach.getMissedFrom()).isEqualTo(d("2024-10-02"));
        BreachCase extended = breaches.findByParcelIdOrderByMissedFrom(allocation).get(0);
        assertThat(extended.getStatus()).isEqualTo(BreachCase.Status.EXTENDED);
        assertThat(extended.getExtendedTo()).isEqualTo(d("2025-03-01"));

        IdleCaseEntry idle = idleReferrals.ofParcel(defaulter).get(0);
        assertThat(idle.getStatus()).isEqualTo(IdleCaseEntry.Status.FEE_IMPOSED);
        assertThat(idle.getIdleSince()).isEqualTo(d("2024-10-01"));
        assertThat(idle.getSuspectedOn()).isEqualTo(d("2025-10-02"));
        assertThat(idle.getInvestigationNoticeNo()).isEqualTo(defaulter + "-XZDC-01");
        assertThat(idle.getIdleFee()).isEqualByComparingTo("2469135.60");
        assertThat(idleReferrals.register(IdleCaseEntry.Status.FEE_IMPOSED)).extracting(IdleCaseEntry::getParcelId)
                .contains(defaulter);
    }

    private void assertIndicators() {
        Indicators xinhe2024 = indicators.of(2024, xinhe, today());
        assertThat(xinhe2024.collectionRate().rate()).isEqualByComparingTo("1.0000");
        assertThat(xinhe2024.onTimeStartRate().numerator()).isEqualByComparingTo("1");
        assertThat(xinhe2024.onTimeStartRate().denominator()).isEqualByComparingTo("1");
        assertThat(xinhe2024.patrolCoverage().rate()).isEqualByComparingTo("1.0000");
        Indicators zhao2024 = indicators.of(2024, zhao, today());
        assertThat(zhao2024.collectionRate().rate()).isEqualByComparingTo("0.0000");
        assertThat(zhao2024.collectionRate().denominator()).isEqualByComparingTo("12345678.00");
        assertThat(zhao2024.onTimeStartRate().rate()).isEqualByComparingTo("0.0000");
        assertThat(indicators.of(2026, xinhe, today()).onTimeCompletionRate().rate()).isEqualByComparingTo("1.0000");
        Indicators zhaoThisYear = indicators.of(today().getYear(), zhao, today());
        assertThat(zhaoThisYear.idleDisposalRate().rate()).isEqualByComparingTo("1.0000");
    }

    private void assertWorklist(String defaulter) {
        Worklist list = worklist.on(today());
        assertThat(list.overduePayments()).filteredOn(o -> o.parcelId().equals(defaulter)).singleElement()
                .satisfies(o -> assertThat(o.terminationRight()).isTrue());
        assertThat(list.undeliveredNotices()).filteredOn(n -> n.parcelId().equals(defaulter)).hasSize(6);
    }

    private Map<String, List<Map<String, Object>>> snapshot(List<String> ids) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        String in = "('" + String.join("','", ids) + "')";
        for (String table : List.of("parcel_file", "parcel_ledger", "parcel_flag", "installment_ledger",
                "monitoring_schedule", "notice", "breach_case", "idle_case", "land_user_default")) {
            tables.put(table, jdbc.queryForList("select * from " + table + " where parcel_id in " + in
                    + " order by " + orderOf(table)));
        }
        return tables;
    }

    private static String orderOf(String table) {
        return switch (table) {
            case "parcel_flag" -> "parcel_id, flag";
            case "installment_ledger" -> "parcel_id, installment_no";
            case "monitoring_schedule" -> "parcel_id, rule, subject, fires_on";
            case "notice" -> "notice_no";
            case "breach_case" -> "parcel_id, milestone, agreed_date";
            case "idle_case" -> "parcel_id, suspected_on";
            case "land_user_default" -> "parcel_id, kind";
            default -> "parcel_id";
        };
    }

    @Test
    void anEventThatLeavesTheInstallmentsAsTheyWereDoesNotRewriteTheirRows() {
        String id = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(id));
        commands.sendAndWait(new RecordPayment(id, new BigDecimal("1000000.00"), LocalDate.parse("2024-02-20"), "R-part"));
        awaitProjections();
        await().atMost(CATCH_UP).until(() -> paidOn(id, 1).compareTo(new BigDecimal("1000000.00")) == 0);
        List<String> installmentVersions = rowVersions("installment_ledger", id);
        List<String> ledgerVersions = rowVersions("parcel_ledger", id);

        commands.sendAndWait(new RecordHandover(id, LocalDate.parse("2024-04-01"), "JD-same"));
        awaitProjections();
        await().atMost(CATCH_UP).until(() -> !rowVersions("parcel_ledger", id).equals(ledgerVersions));
        assertThat(rowVersions("installment_ledger", id)).as("row versions (xmin) of the installments")
                .isEqualTo(installmentVersions);

        // a payment changes the first installment's row, and only that one
        commands.sendAndWait(new RecordPayment(id, new BigDecimal("500000.00"), LocalDate.parse("2024-02-21"), "R-more"));
        awaitProjections();
        await().atMost(CATCH_UP).until(() -> paidOn(id, 1).compareTo(new BigDecimal("1500000.00")) == 0);
        List<String> after = rowVersions("installment_ledger", id);
        assertThat(after.get(0)).isNotEqualTo(installmentVersions.get(0));
        assertThat(after.get(1)).isEqualTo(installmentVersions.get(1));
    }

    private BigDecimal paidOn(String id, int installment) {
        return jdbc.queryForObject("select paid from installment_ledger where parcel_id = ? and installment_no = ?",
                BigDecimal.class, id, installment);
    }

    /** PostgreSQL's row versions of a parcel's rows: an update, even to the same values, makes a new one. */
    private List<String> rowVersions(String table, String id) {
        return jdbc.queryForList("select xmin::text from " + table + " where parcel_id = ? order by " + orderOf(table), String.class, id);
    }

    /** Every segment of every projection, claimed by this node yet or not, past the store's head. */
    private void awaitProjections() {
        await().atMost(CATCH_UP).untilAsserted(() -> ProjectionProcessing.GROUPS.forEach(group ->
                assertThat(cluster.standing(group).caughtUp()).as(group + " caught up: " + cluster.standing(group)).isTrue()));
    }

    private LedgerEntry ledgerRow(String id) {
        return parcels.ledger(new LedgerFilter(null, null, null), Pageable.unpaged()).stream()
                .filter(l -> l.getParcelId().equals(id)).findFirst().orElseThrow();
    }

    private static RecordPatrol patrol(String id, String on, ConstructionStatus status) {
        return new RecordPatrol(id, d(on), "Li Wei", status, null, null, null, true, false, false, "GZK-" + id,
                List.of("p1.jpg"), "routine");
    }

    private static RegisterParcel registration(String id, String township, SupplyMethod method) {
        RegisterParcel s = SampleParcels.registerCommand(id);
        boolean allocation = method == SupplyMethod.ALLOCATION;
        return new RegisterParcel(s.parcelId(), s.contractNo() + "-" + id, s.parcelCode(), method, s.projectName(),
                s.landUser(), s.location(), township, s.districtCode(), s.areaSqm(), s.landUse(), s.termYears(),
                allocation ? BigDecimal.ZERO : s.totalPrice(), s.signedOn(), allocation ? List.of() : s.installments(),
                s.agreedHandoverDate(), s.agreedStartDate(), s.agreedCompletionDate(), s.plotRatio(),
                s.plannedFloorAreaSqm(), s.totalInvestment(), s.penaltyRates());
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }
}
