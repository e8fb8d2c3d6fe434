package org.parcelwatch.api.application.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.parcelwatch.api.application.sweep.SweepParcels.notice;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.application.clock.ClockService;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.monitoring.milestone.RecordCompletion;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.milestone.RecordStart;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.sweep.DueRule;
import org.parcelwatch.projections.ProjectionProcessing;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.parcelwatch.projections.notice.NoticeEntry;
import org.parcelwatch.projections.notice.NoticeQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sweep on PostgreSQL with an adjustable clock, in a context (and database) of its own: idempotence,
 * catch-up after a jump of 40 days, a failing parcel, metrics, and one thin HTTP test per endpoint. The
 * tests share the clock, which only moves forward, so each works relative to the business "today" it finds.
 * Quartz does not start here: sweeps run only when a test runs them.
 */
@PostgresTest
@TestPropertySource(properties = {
        "parcelwatch.clock.adjustable=true",
        // small pages, so that every sweep here crosses several keyset pages
        "parcelwatch.sweep.batch-size=3",
        "spring.quartz.auto-startup=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SweepServiceTest {

    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes());
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @Autowired
    SweepService sweeps;
    @Autowired
    ClockService clocks;
    @Autowired
    BusinessClock clock;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    NoticeQueries noticeQueries;
    @Autowired
    MockMvc mvc;
    @Autowired
    Configuration axon;

    SweepNotices notices;

    @BeforeEach
    void setUp() {
        notices = new SweepNotices(jdbc);
        // whatever an earlier test left due is swept first, so each test sees only its own parcels fire
        sweeps.sweepNow(null);
    }

    @Test
    void sweepingTwiceOnTheSameDayIssuesNothingTheSecondTime() {
        LocalDate today = clock.today();
        String parcel = SweepParcels.registerDueToday(commands, SweepParcels.nextId(), today);

        SweepResult first = sweeps.sweepNow(null);
        assertThat(first.outcome()).isEqualTo(SweepResult.Outcome.COMPLETED);
        assertThat(first.parcelsChecked()).isEqualTo(1);
        assertThat(first.fired()).isEqualTo(SweepParcels.DUE_TODAY);
        assertThat(first.failures()).isZero();
        assertThat(notices.describedByParcel(List.of(parcel)).get(parcel))
                .containsExactlyInAnyOrderElementsOf(SweepParcels.dueTodayNotices(today));
        long events = eventCount();

        SweepResult second = sweeps.sweepNow(null);

        assertThat(second.scheduleCaughtUp()).isTrue();
        assertThat(second.parcelsChecked()).as("the schedule already shows the first sweep's work").isZero();
        assertThat(second.fired()).isZero();
        assertThat(second.countsPerRule()).containsOnlyKeys(DueRule.ALL.stream().map(DueRule::name).toList())
                                          .allSatisfy((rule, count) -> assertThat(count).isZero());
        assertThat(eventCount()).as("no event at all").isEqualTo(events);
        assertThat(notices.duplicates()).isEmpty();
    }

    @Test
    void oneSweepAfterFortyDaysIssuesEveryNoticeThatFellInBetweenOnce() {
        LocalDate t = clock.today();
        // A: installment 1 falls due in the gap (its reminder day passed too: the urge notice replaces it),
        //    installment 2's reminder day is in the gap, the start is missed in the gap
        String a = register(SweepParcels.grant(SweepParcels.nextId(), t.minusDays(5), List.of(t.plusDays(35), t.plusDays(60)),
                t.plusDays(10), t.plusDays(38), t.plusDays(400)));
        // B: three reminders whose days fell in the gap and whose due dates are still ahead: all issued late
        String b = register(SweepParcels.grant(SweepParcels.nextId(), t.minusDays(5), List.of(t.plusDays(45), t.plusDays(300)),
                t.plusDays(10), t.plusDays(55), t.plusDays(65)));
        // C: nothing falls in the gap
        String c = register(SweepParcels.grant(SweepParcels.nextId(), t.minusDays(5), List.of(t.plusDays(200)),
                t.plusDays(10), t.plusDays(300), t.plusDays(700)));
        // D: reminded today; its due date passes in the gap: the urge notice, and no second reminder
        String d = register(SweepParcels.grant(SweepParcels.nextId(), t.minusDays(5), List.of(t.plusDays(20), t.plusDays(100)),
                t.plusDays(10), t.plusDays(200), t.plusDays(500)));
        // A's and B's land handed over early, so that their start and completion rules act (C's and D's is overdue in the gap)
        commands.sendAndWait(new RecordHandover(a, t, "JD-" + a));
        commands.sendAndWait(new RecordHandover(b, t, "JD-" + b));
        SweepResult onT = sweeps.sweepNow(null);
        assertThat(onT.countsPerRule()).containsEntry("PAYMENT_REMINDER", 1);
        assertThat(onT.fired()).isEqualTo(1);

        LocalDate t40 = t.plusDays(40);
        clocks.moveTo(t40);
        SweepResult caughtUp = sweeps.sweepNow(null);

        assertThat(caughtUp.asOf()).isEqualTo(t40);
        assertThat(caughtUp.failures()).isZero();
        // at least: parcels of the other tests here may have had days in the gap too
        assertThat(caughtUp.countsPerRule()).hasEntrySatisfying("PAYMENT_REMINDER", n -> assertThat(n).isGreaterThanOrEqualTo(2))
                .hasEntrySatisfying("PAYMENT_OVERDUE", n -> assertThat(n).isGreaterThanOrEqualTo(2))
                .hasEntrySatisfying("START_REMINDER", n -> assertThat(n).isGreaterThanOrEqualTo(1))
                .hasEntrySatisfying("START_MISSED", n -> assertThat(n).isGreaterThanOrEqualTo(1))
                .hasEntrySatisfying("COMPLETION_REMINDER", n -> assertThat(n).isGreaterThanOrEqualTo(1));
        Map<String, List<String>> issued = notices.describedByParcel(List.of(a, b, c, d));
        assertThat(issued.get(a)).containsExactlyInAnyOrder(
                notice(NoticeType.PAYMENT_URGE, 1, t.plusDays(35), t40),
                notice(NoticeType.PAYMENT_REMINDER, 2, t.plusDays(60), t40),
                notice(NoticeType.START_OVERDUE, null, t.plusDays(38), t40));
        assertThat(issued.get(b)).containsExactlyInAnyOrder(
                notice(NoticeType.PAYMENT_REMINDER, 1, t.plusDays(45), t40),
                notice(NoticeType.START_REMINDER, null, t.plusDays(55), t40),
                notice(NoticeType.COMPLETION_REMINDER, null, t.plusDays(65), t40));
        assertThat(issued.get(c)).isEmpty();
        assertThat(issued.get(d)).containsExactlyInAnyOrder(
                notice(NoticeType.PAYMENT_REMINDER, 1, t.plusDays(20), t),
                notice(NoticeType.PAYMENT_URGE, 1, t.plusDays(20), t40));
        assertThat(notices.of(List.of(a, b, d)))
                .allSatisfy(n -> assertThat(n.source()).as("command source of %s", n.described()).isEqualTo("SWEEP"))
                .allSatisfy(n -> assertThat(n.stampedOn()).as("event day of %s", n.described())
                                                          .isEqualTo(n.notice().issuedOn()));

        assertThat(sweeps.sweepNow(null).fired()).as("a second sweep on the same day").isZero();
        assertThat(notices.duplicates()).isEmpty();
        // and the notices projection shows the same, once each
        await().atMost(CATCH_UP).untilAsserted(() -> assertThat(noticeQueries.ofParcel(a)).extracting(NoticeEntry::getType)
                .containsExactlyInAnyOrder(NoticeType.PAYMENT_URGE, NoticeType.PAYMENT_REMINDER, NoticeType.START_OVERDUE));
        assertThat(noticeQueries.ofParcel(b)).extracting(NoticeEntry::getNoticeNo)
                .containsExactlyInAnyOrder(b + "-TX-01", b + "-KGTX-01", b + "-JGTX-01");
    }

    /**
     * The service left running for sixteen simulated months, swept once a simulated week: a defaulter gets
     * every reminder, urge notice, missed milestone, termination right and idle suspicion on the first
     * sweep on or after its day, once; a parcel whose land user does everything in time gets its
     * reminders and nothing else.
     */
    @Test
    void sixteenMonthsOfWeeklySweepsDoExactlyWhatTheRulesPrescribeOnce() {
        LocalDate t = clock.today();
        String defaulter = register(SweepParcels.grant(SweepParcels.nextId(), t.minusDays(5),
                List.of(t.plusDays(45), t.plusDays(120)), t.plusDays(10), t.plusDays(90), t.plusDays(400)));
        String complier = register(SweepParcels.grant(SweepParcels.nextId(), t.minusDays(5),
                List.of(t.plusDays(45), t.plusDays(120)), t.plusDays(10), t.plusDays(90), t.plusDays(400)));
        Map<LocalDate, Runnable> complierActs = Map.of(
                t.plusDays(14), () -> {
                    commands.sendAndWait(new RecordHandover(complier, t.plusDays(10), "JD-" + complier));
                    commands.sendAndWait(new RecordHandover(defaulter, t.plusDays(10), "JD-" + defaulter));
                },
                t.plusDays(42), () -> commands.sendAndWait(new RecordPayment(complier, new BigDecimal("500000.00"),
                        t.plusDays(40), "R-" + complier + "-1")),
                t.plusDays(84), () -> commands.sendAndWait(new RecordStart(complier, t.plusDays(84), "site photos")),
                t.plusDays(119), () -> commands.sendAndWait(new RecordPayment(complier, new BigDecimal("500000.00"),
                        t.plusDays(119), "R-" + complier + "-2")),
                t.plusDays(399), () -> commands.sendAndWait(new RecordCompletion(complier, t.plusDays(399), "GH-YS-" + complier)));
        LocalDate idleFrom = t.plusDays(90).plusYears(1).plusDays(1);
        LocalDate end = idleFrom.plusDays(7);

        for (LocalDate day = t.plusDays(7); !day.isAfter(end); day = day.plusDays(7)) {
            clocks.moveTo(day);
            complierActs.getOrDefault(day, () -> { }).run();
            assertThat(sweeps.sweepNow(null).failures()).as("sweep on %s", day).isZero();
        }

        Map<String, List<String>> issued = notices.describedByParcel(List.of(defaulter, complier));
        assertThat(issued.get(defaulter)).containsExactlyInAnyOrder(
                notice(NoticeType.PAYMENT_REMINDER, 1, t.plusDays(45), firstWeeklySweep(t, t.plusDays(15))),
                notice(NoticeType.PAYMENT_URGE, 1, t.plusDays(45), firstWeeklySweep(t, t.plusDays(46))),
                notice(NoticeType.START_REMINDER, null, t.plusDays(90), firstWeeklySweep(t, t.plusDays(60))),
                notice(NoticeType.START_OVERDUE, null, t.plusDays(90), firstWeeklySweep(t, t.plusDays(91))),
                notice(NoticeType.PAYMENT_REMINDER, 2, t.plusDays(120), firstWeeklySweep(t, t.plusDays(90))),
                notice(NoticeType.PAYMENT_URGE, 2, t.plusDays(120), firstWeeklySweep(t, t.plusDays(121))),
                notice(NoticeType.COMPLETION_REMINDER, null, t.plusDays(400), firstWeeklySweep(t, t.plusDays(370))));
        assertThat(issued.get(complier)).containsExactlyInAnyOrder(
                notice(NoticeType.PAYMENT_REMINDER, 1, t.plusDays(45), firstWeeklySweep(t, t.plusDays(15))),
                notice(NoticeType.START_REMINDER, null, t.plusDays(90), firstWeeklySweep(t, t.plusDays(60))),
                notice(NoticeType.PAYMENT_REMINDER, 2, t.plusDays(120), firstWeeklySweep(t, t.plusDays(90))),
                notice(NoticeType.COMPLETION_REMINDER, null, t.plusDays(400), firstWeeklySweep(t, t.plusDays(370))));
        assertThat(notices.duplicates()).isEmpty();
        assertThat(eventTypes(defaulter).stream().filter(type -> !type.equals("NoticeIssued"))
                                        .collect(Collectors.groupingBy(type -> type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("ParcelRegistered", 1L, "HandoverRecorded", 1L, "InstallmentOverdue", 2L,
                        "TerminationRightArisen", 2L, "MilestoneMissed", 2L, "IdleLandSuspected", 1L));
        assertThat(new String(jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%.IdleLandSuspected'", byte[].class, defaulter), StandardCharsets.UTF_8))
                .contains("\"suspectedOn\":\"" + firstWeeklySweep(t, idleFrom) + "\"");
        await().atMost(CATCH_UP).untilAsserted(() -> {
            assertThat(jdbc.queryForList("select flag from parcel_flag where parcel_id = ?", String.class, defaulter))
                    .containsExactlyInAnyOrder("PAYMENT_OVERDUE", "TERMINATION_RIGHT", "START_MISSED",
                            "COMPLETION_MISSED", "IDLE_SUSPECTED");
            assertThat(jdbc.queryForList("select flag from parcel_flag where parcel_id = ?", String.class, complier)).isEmpty();
        });
    }

    @Test
    void aParcelWhoseCheckFailsIsCountedAndTheSweepGoesOn() {
        LocalDate today = clock.today();
        // sorts before every parcel of these tests, so the sweep meets it first; no such parcel was registered
        String ghost = "1305302030B99999";
        String parcel = SweepParcels.registerDueToday(commands, SweepParcels.nextId(), today);
        jdbc.update("insert into monitoring_schedule (parcel_id, rule, subject, fires_on, status)"
                + " values (?, 'PAYMENT_OVERDUE', 'installment 1', ?, 'PENDING')", ghost, today.minusDays(1));
        try {
            SweepResult result = sweeps.sweepNow(null);

            assertThat(result.outcome()).isEqualTo(SweepResult.Outcome.COMPLETED);
            assertThat(result.failures()).isEqualTo(1);
            assertThat(result.failedParcels()).containsExactly(ghost);
            assertThat(result.parcelsChecked()).isEqualTo(2);
            assertThat(notices.describedByParcel(List.of(parcel)).get(parcel))
                    .containsExactlyInAnyOrderElementsOf(SweepParcels.dueTodayNotices(today));
            assertThat(jdbc.queryForObject("select failures from sweep_run where run_id = ?", Integer.class,
                    result.runId())).isEqualTo(1);
        } finally {
            jdbc.update("delete from monitoring_schedule where parcel_id = ?", ghost);
        }
    }

    @Test
    void theChecksOfAPageCommitInOneTransactionAndAFailingParcelCostsItsGroupNothing() {
        LocalDate today = clock.today();
        // pages of 3 (batch-size above), each one group: the ghost sorts first, so it shares a group with two parcels
        String ghost = "1305302030B99998";
        List<String> parcels = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            parcels.add(SweepParcels.registerDueToday(commands, SweepParcels.nextId(), today));
        }
        long before = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        SweepResult clean = sweeps.sweepNow(null);

        assertThat(clean.failures()).isZero();
        assertThat(clean.parcelsChecked()).isEqualTo(6);
        assertThat(clean.fired()).isEqualTo(6 * SweepParcels.DUE_TODAY);
        assertThat(jdbc.queryForObject("select count(distinct xmin::text) from domain_event_entry where global_index > ?",
                Integer.class, before)).as("transactions that stored the notices of two pages of three").isEqualTo(2);

        // twenty days on, installment 2 of each is overdue (parcels of earlier tests may fall due as well)
        clocks.moveTo(today.plusDays(20));
        LocalDate later = clock.today();
        jdbc.update("insert into monitoring_schedule (parcel_id, rule, subject, fires_on, status)"
                + " values (?, 'PAYMENT_OVERDUE', 'installment 1', ?, 'PENDING')", ghost, later.minusDays(1));
        try {
            SweepResult failing = sweeps.sweepNow(null);

            assertThat(failing.failedParcels()).containsExactly(ghost);
            assertThat(failing.failures()).isEqualTo(1);
            assertThat(failing.parcelsChecked()).isGreaterThanOrEqualTo(7);
            assertThat(notices.duplicates()).isEmpty();
            notices.describedByParcel(parcels).forEach((parcel, issued) -> assertThat(issued).as(parcel)
                    .contains(notice(NoticeType.PAYMENT_URGE, 2, today.plusDays(10), later)));
        } finally {
            jdbc.update("delete from monitoring_schedule where parcel_id = ?", ghost);
        }
    }

    @Test
    void aSweepAskedForWhileAnotherRunsIsRefusedAfterItsPatienceOrRunsWhenTheFirstIsDone() throws Exception {
        LocalDate today = clock.today();
        // with the schedule's processor paused behind a new registration, a sweep holds the lock while it waits
        // (catch-up-timeout) for the schedule to show that parcel
        StreamingEventProcessor ledger = ProjectionProcessing.processor(axon, ParcelLedgerProjection.GROUP);
        ledger.shutDown();
        ExecutorService others = Executors.newFixedThreadPool(2);
        try {
            String parcel = SweepParcels.registerDueToday(commands, SweepParcels.nextId(), today);
            Future<SweepResult> first = others.submit(() -> sweeps.sweepWhenFree(today, Duration.ofMinutes(1)));
            await().atMost(CATCH_UP).until(sweeps::isRunning);

            assertThatThrownBy(() -> sweeps.sweepWhenFree(today, Duration.ofMillis(200)))
                    .isInstanceOf(SweepInProgressException.class);
            assertThatThrownBy(() -> sweeps.sweepNow(today)).isInstanceOf(SweepInProgressException.class);
            Future<SweepResult> second = others.submit(() -> sweeps.sweepWhenFree(today, Duration.ofMinutes(1)));

            ledger.start();
            SweepResult firstResult = first.get(1, TimeUnit.MINUTES);
            SweepResult secondResult = second.get(1, TimeUnit.MINUTES);
            assertThat(firstResult.outcome()).isEqualTo(SweepResult.Outcome.COMPLETED);
            assertThat(firstResult.fired()).isEqualTo(SweepParcels.DUE_TODAY);
            assertThat(secondResult.outcome()).isEqualTo(SweepResult.Outcome.COMPLETED);
            assertThat(secondResult.fired()).as("the second ran after the first, on what it left").isZero();
            assertThat(jdbc.queryForObject("select count(*) from sweep_run a join sweep_run b on a.run_id = ?"
                    + " and b.run_id = ? and b.started_at >= a.finished_at", Integer.class,
                    firstResult.runId(), secondResult.runId())).as("the second started once the first had finished").isOne();
            assertThat(notices.describedByParcel(List.of(parcel)).get(parcel))
                    .containsExactlyInAnyOrderElementsOf(SweepParcels.dueTodayNotices(today));
        } finally {
            if (!ledger.isRunning()) {
                ledger.start();
            }
            others.shutdownNow();
        }
    }

    @Test
    void aSweepAsOfAfterTodayIsRefused() throws Exception {
        LocalDate tomorrow = clock.today().plusDays(1);
        assertThatThrownBy(() -> sweeps.sweepNow(tomorrow)).isInstanceOf(SweepService.AsOfInFutureException.class);

        mvc.perform(post("/api/v1/admin/sweeps").param("asOf", tomorrow.toString()).header(HttpHeaders.AUTHORIZATION, ADMIN))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
    }

    @Test
    void aSweepCountsWhatItFiredAndHowLongItTook() {
        LocalDate today = clock.today();
        double reminders = meters.get("parcelwatch.sweep.fired").tag("rule", "PAYMENT_REMINDER").counter().count();
        double urges = meters.get("parcelwatch.notices.issued").tag("type", "PAYMENT_URGE").counter().count();
        long runs = meters.find("parcelwatch.sweep.duration").tag("trigger", "MANUAL").timers().stream()
                          .mapToLong(t -> t.count()).sum();
        SweepParcels.registerDueToday(commands, SweepParcels.nextId(), today);

        SweepResult result = sweeps.sweepNow(null);

        assertThat(result.fired()).isEqualTo(SweepParcels.DUE_TODAY);
        assertThat(meters.get("parcelwatch.sweep.fired").tag("rule", "PAYMENT_REMINDER").counter().count())
                .isEqualTo(reminders + 1);
        assertThat(meters.get("parcelwatch.notices.issued").tag("type", "PAYMENT_URGE").counter().count())
                .isEqualTo(urges + 1);
        assertThat(meters.find("parcelwatch.sweep.duration").tag("trigger", "MANUAL").timers().stream()
                         .mapToLong(t -> t.count()).sum()).isEqualTo(runs + 1);
        assertThat(meters.get("parcelwatch.sweep.lag").gauge().value()).isZero();
        await().atMost(CATCH_UP).untilAsserted(() -> {
            assertThat(meters.get("parcelwatch.parcels.flagged").tag("flag", "PAYMENT_OVERDUE").gauge().value()).isPositive();
            assertThat(meters.get("parcelwatch.schedule.due").gauge().value()).isZero();
            assertThat(meters.get("parcelwatch.projection.lag").tag("projection", "parcel-ledger").gauge().value()).isZero();
        });
    }

    @Test
    void postSweepsRunsTheSweepNowAndAnswersWithItsCounts() throws Exception {
        LocalDate today = clock.today();
        SweepParcels.registerDueToday(commands, SweepParcels.nextId(), today);

        mvc.perform(post("/api/v1/admin/sweeps").header(HttpHeaders.AUTHORIZATION, ADMIN))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.asOf").value(today.toString()))
           .andExpect(jsonPath("$.trigger").value("MANUAL"))
           .andExpect(jsonPath("$.outcome").value("COMPLETED"))
           .andExpect(jsonPath("$.parcelsChecked").value(1))
           .andExpect(jsonPath("$.countsPerRule.PAYMENT_OVERDUE").value(1))
           .andExpect(jsonPath("$.countsPerRule.RECOVERY_ELIGIBLE").value(0))
           .andExpect(jsonPath("$.failures").value(0))
           .andExpect(jsonPath("$.durationMs").isNumber());
        mvc.perform(get("/api/v1/admin/sweeps").header(HttpHeaders.AUTHORIZATION, ADMIN))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$[0].asOf").value(today.toString()))
           .andExpect(jsonPath("$[0].outcome").value("COMPLETED"));
        mvc.perform(post("/api/v1/admin/sweeps")).andExpect(status().isUnauthorized());
    }

    @Test
    void putClockMovesTodayForwardAndNeverBack() throws Exception {
        // once an event is stamped, the clock may only move forward (before, a demo may start in the past)
        commands.sendAndWait(org.parcelwatch.api.support.SampleParcels.registerInHistory(
                org.parcelwatch.api.support.SampleParcels.nextParcelId()));
        LocalDate today = clock.today();
        LocalDate tomorrow = today.plusDays(1);

        mvc.perform(put("/api/v1/admin/clock").header(HttpHeaders.AUTHORIZATION, ADMIN)
                                              .contentType(MediaType.APPLICATION_JSON)
                                              .content("{\"today\":\"" + tomorrow + "\"}"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.today").value(tomorrow.toString()))
           .andExpect(jsonPath("$.adjustable").value(true));
        assertThat(clock.today()).isEqualTo(tomorrow);
        assertThat(jdbc.queryForObject("select today from business_clock", LocalDate.class)).isEqualTo(tomorrow);
        assertThat(jdbc.queryForObject("select offset_millis from business_clock", Long.class))
                .isEqualTo(clock.offset().toMillis()).isPositive();

        mvc.perform(put("/api/v1/admin/clock").header(HttpHeaders.AUTHORIZATION, ADMIN)
                                              .contentType(MediaType.APPLICATION_JSON)
                                              .content("{\"today\":\"" + today + "\"}"))
           .andExpect(status().isConflict())
           .andExpect(jsonPath("$.code").value("CLOCK_MOVES_BACKWARDS"));
        mvc.perform(put("/api/v1/admin/clock").header(HttpHeaders.AUTHORIZATION, ADMIN)
                                              .contentType(MediaType.APPLICATION_JSON).content("{}"))
           .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/admin/clock").header(HttpHeaders.AUTHORIZATION, ADMIN))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.today").value(tomorrow.toString()))
           .andExpect(jsonPath("$.zone").value("Asia/Shanghai"));
    }

    /** The first weekly sweep (on t + 7k, k >= 1) on or after {@code day}. */
    private static LocalDate firstWeeklySweep(LocalDate t, LocalDate day) {
        LocalDate sweep = t.plusDays(7);
        while (sweep.isBefore(day)) {
            sweep = sweep.plusDays(7);
        }
        return sweep;
    }

    private List<String> eventTypes(String parcelId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number", String.class, parcelId).stream()
                   .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private String register(RegisterParcel command) {
        // the test walks the parcel's days itself: history mode, no check at registration (issue 20)
        commands.sendAndWait(org.parcelwatch.api.support.SampleParcels.inHistory(command));
        return command.parcelId();
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
