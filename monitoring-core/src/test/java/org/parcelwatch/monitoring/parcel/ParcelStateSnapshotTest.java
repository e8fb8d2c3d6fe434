package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.ParcelwatchJson;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.HearingRecorded;
import org.parcelwatch.monitoring.idle.HearingRightsNotified;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.HandoverOverdue;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolStage;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.parcelwatch.monitoring.registration.SupplyMethod;
import org.parcelwatch.monitoring.sweep.DueRule;

/**
 * A {@link ParcelState} written with {@link ParcelwatchJson#objectMapper()} (as an aggregate snapshot is) and
 * read back is the same parcel in everything one can observe of it; and every event record survives the
 * same mapper unchanged.
 */
class ParcelStateSnapshotTest {

    private static final String ID = SampleContract.PARCEL_ID;
    private static final String PROJECT = "Xinhe bearing plant phase II";
    private static final BigDecimal HALF = new BigDecimal("6172839.00");
    private static final ObjectMapper JSON = ParcelwatchJson.objectMapper();
    private static final SupervisionSettings SETTINGS = SupervisionSettings.defaults();
    private static final List<LocalDate> AS_OF = Stream.of("2024-02-01", "2024-03-02", "2024-05-11", "2024-07-10",
            "2024-10-02", "2025-03-02", "2025-04-15", "2026-05-02", "2026-10-02", "2027-06-01").map(LocalDate::parse).toList();

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    private static NoticeIssued issued(org.parcelwatch.monitoring.notice.NoticeDraft draft, int serial) {
        return draft.issue(ID, serial);
    }

    /**
     * The sample parcel over three years: paid late in part, urged, termination right; handed over; start missed,
     * excused and extended; missed again in breach; started late; suspended; suspected idle on partial
     * development, verified, referred, determined; fined.
     */
    static List<ParcelEvent> richHistory() {
        LocalDate start = SampleContract.AGREED_START;
        LocalDate newStart = d("2025-03-01");
        return List.of(
                SampleContract.registered(),
                issued(NoticeWording.paymentReminder(PROJECT, 1, d("2024-03-01"), HALF, d("2024-02-01")), 1),
                new PaymentReceived(ID, "R-001", HALF, d("2024-03-01"), List.of(new Settlement(1, HALF))),
                new HandoverRecorded(ID, d("2024-04-01"), "JD-2024-017", d("2024-04-01")),
                issued(NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), HALF, d("2024-04-10")), 2),
                new InstallmentOverdue(ID, 2, d("2024-05-10"), HALF, d("2024-05-11")),
                issued(NoticeWording.paymentUrge(PROJECT, 2, d("2024-05-10"), HALF, yuan("0.001"), 60, d("2024-05-11")), 1),
                new NoticeDelivered(ID, ID + "-CJ-01", NoticeType.PAYMENT_URGE, d("2024-05-13"), "Zhang San"),
                new PaymentReceived(ID, "R-002", yuan("2000000.00"), d("2024-05-21"), List.of(new Settlement(2, yuan("2000000.00")))),
                new PatrolRecorded(ID, d("2024-06-01"), "Li Wei", ConstructionStatus.NOT_STARTED, null, null, null, true, false,
                        false, "GZK-017", List.of("board.jpg"), "board posted", PatrolStage.PRE_START),
                new TerminationRightArisen(ID, 2, d("2024-05-10"), ID + "-CJ-01", d("2024-07-10")),
                issued(NoticeWording.startReminder(PROJECT, start, d("2024-09-01")), 1),
                new MilestoneMissed(ID, Milestone.START, start, start.plusDays(1)),
                issued(NoticeWording.startOverdue(PROJECT, start, d("2024-10-02")), 1),
                new BreachFindingRecorded(ID, Milestone.START, start, BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED,
                        "road plan revised", d("2024-10-08"), false),
                new ExtensionGranted(ID, Milestone.START, start, newStart, d("2026-10-01"), d("2027-03-01"), "YJ-2024-01",
                        d("2024-10-15"), "plan revised"),
                new PaymentReceived(ID, "R-003", yuan("4172839.00"), d("2024-11-20"), List.of(new Settlement(2, yuan("4172839.00")))),
                new MilestoneMissed(ID, Milestone.START, newStart, newStart.plusDays(1)),
                issued(NoticeWording.startOverdue(PROJECT, newStart, d("2025-03-02")), 2),
                new BreachFindingRecorded(ID, Milestone.START, newStart, BreachCause.LAND_USER, null, "no funds", d("2025-03-10"), true),
                issued(NoticeWording.performance(NoticeType.START_PERFORMANCE, PROJECT, SupplyMethod.LISTING, newStart, yuan("12345678.00"),
                        yuan("0.0005"), d("2025-03-10")), 1),
                new ConstructionStarted(ID, d("2025-04-15"), "foundation photos", newStart),
                new PatrolRecorded(ID, d("2025-06-01"), "Li Wei", ConstructionStatus.SUSPENDED, d("2025-05-01"),
                        yuan("3000.0"), yuan("5000000.00"), true, false, false, "GZK-017", List.of("p1.jpg", "p2.jpg"),
                        "site closed", PatrolStage.START),
                new IdleLandSuspected(ID, IdleGround.PARTIAL_DEVELOPMENT, d("2025-05-01"), d("2026-05-02")),
                new IdleLandVerified(ID, IdleGround.PARTIAL_DEVELOPMENT, d("2025-05-01"), d("2026-05-05"), true, "still closed"),
                new IdleLandReferred(ID, IdleGround.PARTIAL_DEVELOPMENT, d("2025-05-01"), d("2026-05-05"), d("2026-06-04")),
                issued(NoticeWording.idleInvestigation(PROJECT, d("2025-05-01"), d("2026-05-05"), 30), 1),
                new IdleLandDetermined(ID, "XZRD-2026-03", d("2026-06-01"), BreachCause.LAND_USER, null, d("2025-05-01")),
                issued(NoticeWording.idleDetermination(PROJECT, "XZRD-2026-03", d("2025-05-01"), "用地单位原因", d("2026-06-01")), 1),
                new HearingRightsNotified(ID, ID + "-TZGZ-01", IdleDisposalMethod.IDLE_FEE, d("2026-06-02")),
                issued(NoticeWording.hearingRights(PROJECT, "征缴土地闲置费决定", d("2026-06-02"), 5), 1),
                new NoticeDelivered(ID, ID + "-TZGZ-01", NoticeType.HEARING_RIGHTS, d("2026-06-03"), "Wang Wu", d("2026-06-10")),
                new HearingRecorded(ID, ID + "-TZGZ-01", IdleDisposalMethod.IDLE_FEE, null, d("2026-06-05"), null, null, null),
                new IdleLandDisposed(ID, IdleDisposalMethod.IDLE_FEE, "XZF-2026-01", d("2026-06-10"), yuan("2469135.60"),
                        d("2026-07-10"), null, null, null, null, null, null, null, d("2026-06-05"), "hearing waived"),
                issued(NoticeWording.idleFeeDecision(PROJECT, SupplyMethod.LISTING, yuan("2469135.60"), d("2026-06-10"), 30), 1),
                new NoticeDelivered(ID, ID + "-XZF-01", NoticeType.IDLE_FEE_DECISION, d("2026-06-12"), "Wang Wu"));
    }

    /** One instance of every event, including those the rich history does not reach. */
    static List<ParcelEvent> everyEvent() {
        List<ParcelEvent> events = new ArrayList<>(richHistory());
        // a supply to a land user in default keeps the defaults its warning names
        events.add(SampleContract.registeredFrom(SampleContract.register().withLandUserDefaults(List.of(
                new org.parcelwatch.monitoring.registration.LandUserDefault("1305302024B00402",
                        org.parcelwatch.monitoring.registration.LandUserDefault.Kind.OVERDUE_LAND_PRICE,
                        yuan("6172839.00"), "1305302024B00402-CJ-01", d("2024-03-02"))))));
        events.add(new ConstructionCompleted(ID, d("2027-02-01"), "GHYS-2027-01", d("2027-03-01")));
        events.add(new ConstructionCompleted(ID, d("2027-02-01"), "GHYS-2027-01", d("2027-03-01"), yuan("60000.00"),
                yuan("2.25"), true));
        events.add(new NoticeIssued(ID, ID + "-XZDC-02", NoticeType.IDLE_INVESTIGATION, d("2026-05-05"), null, null, "facts",
                "liability", 30));
        events.add(new NoticeDelivered(ID, ID + "-XZDC-02", NoticeType.IDLE_INVESTIGATION, d("2026-05-08"), "Wang Wu",
                d("2026-06-07")));
        events.add(new IdleLandRecoveryEligible(ID, d("2025-05-01"), d("2027-05-02")));
        events.add(new IdleLandDisposed(ID, IdleDisposalMethod.EXTENSION, "JD-2026-02", d("2026-08-01"), null, null,
                d("2025-03-01"), d("2027-01-01"), d("2027-03-01"), d("2028-11-01"), d("2027-12-31"), "0604",
                yuan("1000000.00"), null, "every field set"));
        events.add(new HearingRecorded(ID, ID + "-TZGZ-02", IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, d("2027-05-10"),
                null, d("2027-05-20"), "TZ-2027-01", "recovery upheld"));
        events.add(new IdleLandDisposed(ID, IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "SH-2027-01", d("2027-06-01"),
                null, null, null, null, null, null, null, null, null, null, "approved", null, "县政府批〔2027〕3号",
                d("2027-05-28")));
        events.add(new HandoverOverdue(ID, d("2024-04-01"), d("2024-04-02")));
        events.add(new org.parcelwatch.monitoring.patrol.LandOfficerAssigned(ID, "Zhang Min", null, "Xinhe", d("2027-05-29")));
        events.add(new org.parcelwatch.monitoring.patrol.PatrolTaskAssigned(ID, "PERIODIC-2027-05-30",
                org.parcelwatch.monitoring.patrol.PatrolTaskKind.PERIODIC, "Zhang Min", d("2027-05-30"), d("2027-06-06"),
                d("2027-05-30"), null));
        events.add(new org.parcelwatch.monitoring.patrol.PatrolTaskDone(ID, "PERIODIC-2027-05-30", d("2027-06-01"), "Zhang Min", true));
        events.add(new org.parcelwatch.monitoring.complaint.ComplaintRecorded(ID, ID + "-TS1", "hotline", "138", "dumping",
                "east gate", d("2027-06-02")));
        events.add(new org.parcelwatch.monitoring.patrol.PatrolTaskAssigned(ID, ID + "-TS1",
                org.parcelwatch.monitoring.patrol.PatrolTaskKind.COMPLAINT, null, d("2027-06-02"), d("2027-06-09"),
                d("2027-06-02"), ID + "-TS1"));
        events.add(new org.parcelwatch.monitoring.complaint.ComplaintOutcomeRecorded(ID, ID + "-TS1", "cleared", true,
                d("2027-06-05")));
        events.add(new ContractTerminated(ID, "JC-2024-01", d("2024-07-15"), "unpaid"));
        return events;
    }

    private static ParcelState roundTrip(ParcelState state) throws IOException {
        String json = JSON.writeValueAsString(state);
        return JSON.readValue(json, ParcelState.class);
    }

    /** Everything one can read of a parcel, as plain values to compare. */
    private static Map<String, Object> observables(ParcelState s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("parcelId", s.parcelId());
        o.put("officer", s.officer());
        o.put("patrolTasks", s.patrolTasks());
        o.put("complaints", s.complaintIds().stream().map(c -> c + "@" + s.complaintDecidedOn(c)).toList());
        o.put("contract", s.contract());
        o.put("registered", s.isRegistered());
        o.put("stage", s.stage());
        o.put("closed", s.isClosed());
        o.put("closedOn", s.closedOn());
        o.put("handedOver", s.isHandedOver());
        o.put("eventCount", s.eventCount());
        o.put("totalPaid", s.totalPaid());
        o.put("totalOutstanding", s.totalOutstanding());
        o.put("receipts", Stream.of("R-001", "R-002", "R-003", "R-999").filter(s::hasReceipt).toList());
        o.put("flags", s.flags());
        for (LocalDate asOf : AS_OF) {
            o.put("damages " + asOf, s.damages(asOf));
            o.put("clockDay " + asOf, s.clockDay(asOf));
        }
        for (InstallmentLedger i : s.installments()) {
            String k = "installment " + i.no() + " ";
            o.put(k + "dueDate", i.dueDate());
            o.put(k + "amount", i.amount());
            o.put(k + "paid", i.paid());
            o.put(k + "outstanding", i.outstanding());
            o.put(k + "payments", i.payments());
            o.put(k + "reminded", i.isReminded());
            o.put(k + "overdueFrom", i.overdueFrom());
            o.put(k + "urgeNoticeNo", i.urgeNoticeNo());
            o.put(k + "terminationRightOn", i.terminationRightOn());
            o.put(k + "settled", i.isSettled());
            o.put(k + "openOverdue", i.isOpenOverdue());
            for (LocalDate asOf : AS_OF) {
                o.put(k + "status " + asOf, i.status(asOf));
                o.put(k + "damages " + asOf, i.damages(new BigDecimal("0.001"), asOf));
            }
        }
        if (s.isRegistered()) {
            for (Milestone m : Milestone.values()) {
                MilestoneTrack t = s.milestone(m);
                String k = m + " ";
                o.put(k + "originalDate", t.originalDate());
                o.put(k + "agreedDate", t.agreedDate());
                o.put(k + "actualDate", t.actualDate());
                o.put(k + "reference", t.reference());
                o.put(k + "reached", t.isReached());
                o.put(k + "remindedForAgreed", t.isRemindedFor(t.agreedDate()));
                o.put(k + "missed", t.isMissed());
                o.put(k + "awaitsFinding", t.awaitsFinding());
                o.put(k + "cause", t.cause());
                o.put(k + "governmentCause", t.governmentCause());
                o.put(k + "breachFrom", t.breachFrom());
                o.put(k + "excused", t.isExcused());
                o.put(k + "extensions", t.extensions());
                for (LocalDate asOf : AS_OF) {
                    o.put(k + "status " + asOf, t.status(asOf));
                }
            }
        }
        IdleCase idle = s.idle();
        o.put("idle status", idle.status());
        o.put("idle ground", idle.ground());
        o.put("idle since", idle.idleSince());
        o.put("idle suspectedOn", idle.suspectedOn());
        o.put("idle verifiedOn", idle.verifiedOn());
        o.put("idle referredOn", idle.referredOn());
        o.put("idle investigationDueBy", idle.investigationDueBy());
        o.put("idle determinationNo", idle.determinationNo());
        o.put("idle determinedOn", idle.determinedOn());
        o.put("idle cause", idle.cause());
        o.put("idle fee", idle.idleFee());
        o.put("idle feePayableBy", idle.feePayableBy());
        o.put("idle recoveryEligibleFrom", idle.recoveryEligibleFrom());
        o.put("idle lastDisposal", idle.lastDisposal());
        o.put("idle disposedOn", idle.disposedOn());
        o.put("idle openForSuspicion", idle.isOpenForSuspicion());
        o.put("idle answered", Stream.of(IdleGround.values())
                .flatMap(g -> Stream.of("2024-10-01", "2025-03-01", "2025-05-01").map(day -> g + "@" + day)
                        .filter(b -> idle.isAnswered(g, d(b.substring(b.indexOf('@') + 1)))))
                .toList());
        o.put("notices", s.notices());
        for (NoticeType type : NoticeType.values()) {
            o.put("notices of " + type, s.noticesOfType(type));
        }
        o.put("lastPatrol", s.lastPatrol());
        o.put("patrolledStages", s.patrolledStages());
        o.put("patrolCount", s.patrolCount());
        o.put("termination", s.termination());
        o.put("pending points", s.isRegistered() ? DueRule.pendingPoints(s, SETTINGS).stream()
                .map(p -> List.of(p.rule(), p.subject(), p.firesOn(), String.valueOf(p.lapsesAfter())))
                .toList() : List.of());
        o.put("next due", s.isRegistered() ? String.valueOf(DueRule.nextDueOn(s, SETTINGS)) : "-");
        return o;
    }

    @Test
    void theRichHistoryReachesTheStatesItIsMeantTo() {
        ParcelState state = ParcelState.replay(richHistory());
        assertThat(state.stage()).isEqualTo(Stage.STARTED);
        assertThat(state.flags()).containsExactlyInAnyOrder(Flag.IDLE_DETERMINED);
        assertThat(state.idle().status()).isEqualTo(IdleStatus.FEE_IMPOSED);
        assertThat(state.installment(2).payments()).hasSize(2);
        assertThat(state.installment(2).status(d("2025-01-01"))).isEqualTo(InstallmentLedger.Status.PAID_LATE);
        assertThat(state.milestone(Milestone.START).breachFrom()).isEqualTo(d("2025-03-01"));
        assertThat(state.milestone(Milestone.START).extensions()).isEqualTo(1);
        assertThat(state.milestone(Milestone.COMPLETION).agreedDate()).isEqualTo(d("2027-03-01"));
        assertThat(state.notices()).hasSize(11);
        assertThat(state.patrolledStages()).containsExactlyInAnyOrder(PatrolStage.PRE_START, PatrolStage.START);
        // late payment: 2,000,000.00 × 11 days + 4,172,839.00 × 194 days (05-10 → 11-20) at 1‰ = 22,000.00 + 809,530.77;
        // late start: 12,345,678.00 × 0.0005 × 45 days (03-01 → 04-15) = 277,777.76
        assertThat(state.damages(d("2027-06-01")))
                .isEqualTo(Damages.of(new BigDecimal("831530.77"), new BigDecimal("277777.76"), new BigDecimal("0.00"), d("2027-06-01")));
        assertThat(state.damages(d("2027-06-01")).total()).isEqualTo(new BigDecimal("1109308.53"));
    }

    @Test
    void theSnapshotOfTheRichHistoryReadsBackTheSame() throws IOException {
        ParcelState original = ParcelState.replay(richHistory());
        ParcelState restored = roundTrip(original);
        assertThat(observables(restored)).isEqualTo(observables(original));
    }

    @Test
    void theSnapshotAfterEveryEventReadsBackTheSame() throws IOException {
        List<ParcelEvent> history = richHistory();
        for (int n = 0; n <= history.size(); n++) {
            ParcelState original = ParcelState.replay(history.subList(0, n));
            ParcelState restored = roundTrip(original);
            assertThat(observables(restored)).as("after %d events", n).isEqualTo(observables(original));
        }
    }

    @Test
    void aRestoredSnapshotFoldsTheRestOfTheHistoryAsTheOriginalDoes() throws IOException {
        List<ParcelEvent> history = richHistory();
        ParcelState whole = ParcelState.replay(history);
        for (int n = 1; n < history.size(); n++) {
            ParcelState restored = roundTrip(ParcelState.replay(history.subList(0, n)));
            history.subList(n, history.size()).forEach(restored::apply);
            assertThat(observables(restored)).as("snapshot after %d events", n).isEqualTo(observables(whole));
        }
    }

    @Test
    void aSnapshotOfAClosedParcelReadsBackTheSame() throws IOException {
        ParcelState terminated = ParcelState.replay(List.of(SampleContract.registered(),
                new InstallmentOverdue(ID, 1, d("2024-03-01"), HALF, d("2024-03-02")),
                new ContractTerminated(ID, "JC-2024-01", d("2024-07-15"), "unpaid")));
        assertThat(observables(roundTrip(terminated))).isEqualTo(observables(terminated));
        assertThat(roundTrip(terminated).stage()).isEqualTo(Stage.TERMINATED);
    }

    @Test
    void theSnapshotIsPlainJsonWithIsoDates() throws IOException {
        String json = JSON.writeValueAsString(ParcelState.replay(richHistory()));
        assertThat(json).contains("\"signedOn\":\"2024-02-01\"").contains("\"totalPrice\":12345678.00")
                .contains("\"noticeNo\":\"1305302024B00017-CJ-01\"");
    }

    @Test
    void everyEventRecordRoundTrips() throws IOException {
        for (ParcelEvent event : everyEvent()) {
            String json = JSON.writeValueAsString(event);
            ParcelEvent back = JSON.readValue(json, event.getClass());
            assertThat(back).as(event.getClass().getSimpleName() + " " + json).isEqualTo(event);
        }
    }

    @Test
    void anEventIsStoredAsItsRecordComponentsInTheirOrder() throws IOException {
        // the visitor's accept(…) is a method of every event: it must not become a property of the stored JSON
        for (ParcelEvent event : everyEvent()) {
            List<String> stored = new ArrayList<>();
            JSON.readTree(JSON.writeValueAsString(event)).fieldNames().forEachRemaining(stored::add);
            // except a field added later while it is null (or an empty list): it is left out, so that the payloads
            // stored before it was added, and their hashes, read back unchanged (StoredEventsFixtureTest)
            List<String> components = Stream.of(event.getClass().getRecordComponents())
                    .filter(c -> !(leftOutWhenNull(c) && valueOf(c, event) == null))
                    .filter(c -> !(leftOutWhenEmpty(c) && valueOf(c, event) instanceof java.util.Collection<?> list
                            && list.isEmpty()))
                    .map(RecordComponent::getName).toList();
            assertThat(stored).as(event.getClass().getSimpleName()).isEqualTo(components);
        }
    }

    private static boolean leftOutWhenNull(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonInclude include =
                component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonInclude.class);
        return include != null && include.value() == com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;
    }

    private static boolean leftOutWhenEmpty(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonInclude include =
                component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonInclude.class);
        return include != null && include.value() == com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY;
    }

    private static Object valueOf(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEventWithEveryFieldEmptyRoundTrips() throws IOException {
        // nulls survive (Include.ALWAYS) and the compact constructors give empty lists
        List<ParcelEvent> sparse = List.of(
                new ParcelRegistered(ID, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null),
                new PatrolRecorded(ID, d("2025-01-01"), "Li Wei", ConstructionStatus.UNDER_CONSTRUCTION, null, null, null, null,
                        null, null, null, null, null, PatrolStage.START),
                new PaymentReceived(ID, "R-1", HALF, d("2024-03-01"), null),
                new NoticeIssued(ID, ID + "-KGTX-01", NoticeType.START_REMINDER, d("2024-09-01"), d("2024-10-01"), null, null, null));
        for (ParcelEvent event : sparse) {
            assertThat(JSON.readValue(JSON.writeValueAsString(event), event.getClass())).isEqualTo(event);
        }
    }

    @Test
    void theRoundTripCoversEveryEventTypeOfTheModule() throws IOException, URISyntaxException {
        Path classes = Path.of(ParcelEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> eventTypes;
        try (Stream<Path> files = Files.walk(classes)) {
            eventTypes = files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .map(ParcelStateSnapshotTest::load)
                    .filter(c -> ParcelEvent.class.isAssignableFrom(c) && !c.isInterface())
                    .map(Class::getName)
                    .collect(Collectors.toSet());
        }
        assertThat(eventTypes).hasSizeGreaterThanOrEqualTo(20);
        assertThat(everyEvent().stream().map(e -> e.getClass().getName()).collect(Collectors.toSet()))
                .containsAll(eventTypes);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ParcelStateSnapshotTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
