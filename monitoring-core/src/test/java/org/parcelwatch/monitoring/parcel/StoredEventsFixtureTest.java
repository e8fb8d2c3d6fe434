package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.ParcelwatchJson;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.EventHash;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.patrol.PatrolStage;

/**
 * Events as the JDBC event store holds them today (2026-11-30): each row's payload type, revision, payload and
 * metadata bytes, exactly as {@code AxonStoreConfiguration}'s Jackson serializer wrote them, for four parcels whose
 * histories together hold every type of event. They were recorded once, by driving the aggregate of commit 77eaacf
 * through the commands of each history (fixtures/events-2026-11-30/README.md), and are never regenerated: whatever
 * the rules become, these stored rows must still read, still verify against their hash chain, and still fold to the
 * parcels asserted here. Where a later rule deliberately reads an old event otherwise, the assertion says so.
 */
class StoredEventsFixtureTest {

    private static final String DIR = "/fixtures/events-2026-11-30/";
    private static final List<String> FILES = List.of("a-granted-extended-completed.json", "b-idle-fee-recovered.json",
            "c-allocation-partial-idle.json", "d-unpaid-terminated.json");

    /** The store's serializer: Jackson with the domain's mapper and Axon's default (annotation) revisions. */
    private static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(ParcelwatchJson.objectMapper())
            .revisionResolver(new AnnotationRevisionResolver())
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One stored row, read back as the event store reads it. */
    private record Row(long sequence, String payloadType, ParcelEvent event, Map<String, Object> metaData) {
    }

    private static List<Row> rows(String file) {
        try (InputStream in = StoredEventsFixtureTest.class.getResourceAsStream(DIR + file)) {
            assertThat(in).as(file).isNotNull();
            JsonNode root = JSON.readTree(in);
            List<Row> rows = new ArrayList<>();
            for (JsonNode row : root.get("events")) {
                String type = row.get("payloadType").asText();
                String revision = row.get("payloadRevision").isNull() ? null : row.get("payloadRevision").asText();
                Object payload = SERIALIZER.deserialize(new SimpleSerializedObject<>(
                        row.get("payload").asText().getBytes(StandardCharsets.UTF_8), byte[].class, type, revision));
                @SuppressWarnings("unchecked")
                Map<String, Object> metaData = JSON.readValue(row.get("metaData").asText(), Map.class);
                rows.add(new Row(row.get("sequenceNumber").asLong(), type, (ParcelEvent) payload, metaData));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParcelState fold(String file) {
        return ParcelState.replay(rows(file).stream().map(Row::event).toList());
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static Map<String, NoticeRecord> notices(ParcelState s) {
        return s.notices().stream().collect(Collectors.toMap(NoticeRecord::noticeNo, n -> n));
    }

    @Test
    void theRowsHoldEveryTypeOfEvent() {
        Set<String> types = FILES.stream().flatMap(f -> rows(f).stream()).map(r -> r.event().getClass().getSimpleName())
                .collect(Collectors.toSet());
        // an event type added after 2026-11-30 has no stored row yet; these are the ones that existed then
        assertThat(types).containsExactlyInAnyOrder("ParcelRegistered", "PaymentReceived", "InstallmentOverdue",
                "TerminationRightArisen", "ContractTerminated", "HandoverRecorded", "ConstructionStarted",
                "ConstructionCompleted", "MilestoneMissed", "BreachFindingRecorded", "ExtensionGranted", "PatrolRecorded",
                "IdleLandSuspected", "IdleLandVerified", "IdleLandReferred", "IdleLandDetermined",
                "IdleLandRecoveryEligible", "IdleLandDisposed", "NoticeIssued", "NoticeDelivered");
    }

    /**
     * The audit's integrity check re-hashes the payload as read back: a field added to an event record must not
     * change the canonical JSON of an old row (a new field that is null must be left out), or every stored event
     * of every parcel would be reported as tampered with.
     */
    @Test
    void everyStoredRowStillVerifiesAgainstItsHashChain() {
        for (String file : FILES) {
            String previous = EventHash.GENESIS;
            for (Row row : rows(file)) {
                assertThat(row.metaData().get(AuditMetadata.PREVIOUS_HASH)).as(file + " #" + row.sequence()).isEqualTo(previous);
                String expected = EventHash.of(previous, row.event().parcelId(), row.sequence(), row.payloadType(),
                        EventHash.canonical(row.event()));
                assertThat(expected).as(file + " #" + row.sequence() + " " + row.payloadType())
                        .isEqualTo(row.metaData().get(AuditMetadata.HASH));
                previous = expected;
            }
        }
    }

    @Test
    void aGrantPaidLateOnceExtendedForAGovernmentCauseAndCompleted() {
        ParcelState s = fold("a-granted-extended-completed.json");
        assertThat(s.parcelId()).isEqualTo("1305302024B00017");
        assertThat(s.stage()).isEqualTo(Stage.COMPLETED);
        assertThat(s.flags()).isEmpty();
        assertThat(s.totalPaid()).isEqualByComparingTo("12345678.00");
        assertThat(s.totalOutstanding()).isEqualByComparingTo("0.00");
        assertThat(s.installment(2).overdueFrom()).isEqualTo(d("2024-05-11"));
        Damages damages = s.damages(d("2026-11-30"));
        assertThat(damages.latePayment()).isEqualByComparingTo("61728.39");
        assertThat(damages.lateStart()).isEqualByComparingTo("0.00");
        assertThat(damages.lateCompletion()).isEqualByComparingTo("0.00");
        MilestoneTrack start = s.milestone(Milestone.START);
        assertThat(start.originalDate()).isEqualTo(d("2024-10-01"));
        assertThat(start.agreedDate()).isEqualTo(d("2025-04-01"));
        assertThat(start.actualDate()).isEqualTo(d("2025-03-20"));
        assertThat(start.extensions()).isEqualTo(1);
        assertThat(s.milestone(Milestone.COMPLETION).agreedDate()).isEqualTo(d("2026-10-01"));
        assertThat(s.milestone(Milestone.COMPLETION).actualDate()).isEqualTo(d("2026-09-20"));
        assertThat(s.patrolledStages()).isEqualTo(EnumSet.of(PatrolStage.START, PatrolStage.COMPLETION));
        assertThat(s.patrolCount()).isEqualTo(2);
        assertThat(s.lastPatrol().builtFloorAreaSqm()).isEqualByComparingTo("41000.0");
        assertThat(s.contract().landUse()).isEqualTo("INDUSTRIAL");
        // rule 7 (issue 13): the name stored before the codes reads as its GB/T 21010-2017 code
        assertThat(s.landUse().code()).isEqualTo("0601");
        assertThat(s.landUse().name()).isEqualTo("工业用地");
        assertThat(s.contract().termYears()).isEqualTo(50);
        Map<String, NoticeRecord> notices = notices(s);
        assertThat(notices.keySet()).containsExactlyInAnyOrder("1305302024B00017-TX-01", "1305302024B00017-CJ-01",
                "1305302024B00017-KGTX-01", "1305302024B00017-KGTZ-01", "1305302024B00017-JGTX-01");
        NoticeRecord urge = notices.get("1305302024B00017-CJ-01");
        assertThat(urge.dueDate()).isEqualTo(d("2024-05-10"));
        assertThat(urge.deliveredOn()).isEqualTo(d("2024-05-14"));
        assertThat(urge.receivedBy()).isEqualTo("Li Wei");
        assertThat(notices.get("1305302024B00017-JGTX-01").dueDate()).isEqualTo(d("2026-10-01"));
        assertThat(s.eventCount()).isEqualTo(rows("a-granted-extended-completed.json").size());
    }

    @Test
    void aParcelNeverStartedFinedForIdlenessAndRecovered() {
        ParcelState s = fold("b-idle-fee-recovered.json");
        assertThat(s.stage()).isEqualTo(Stage.RECOVERED);
        assertThat(s.flags()).isEmpty();
        assertThat(s.contract().landUse()).isEqualTo("WAREHOUSE");
        assertThat(s.landUse().code()).isEqualTo("0604");
        MilestoneTrack start = s.milestone(Milestone.START);
        assertThat(start.breachFrom()).isEqualTo(d("2024-10-01"));
        assertThat(start.cause()).isEqualTo(BreachCause.LAND_USER);
        assertThat(s.milestone(Milestone.COMPLETION).isMissed()).isTrue();
        Damages damages = s.damages(d("2026-10-01"));
        assertThat(damages.latePayment()).isEqualByComparingTo("0.00");
        assertThat(damages.lateStart()).isEqualByComparingTo("4506172.47");
        assertThat(damages.lateCompletion()).isEqualByComparingTo("0.00");
        IdleCase idle = s.idle();
        assertThat(idle.status()).isEqualTo(IdleStatus.DISPOSED);
        assertThat(idle.ground()).isEqualTo(IdleGround.NOT_STARTED);
        assertThat(idle.idleSince()).isEqualTo(d("2024-10-01"));
        assertThat(idle.referredOn()).isEqualTo(d("2025-10-05"));
        assertThat(idle.investigationDueBy()).isEqualTo(d("2025-11-04"));
        assertThat(idle.determinationNo()).isEqualTo("XH-XZRD-2025-001");
        assertThat(idle.cause()).isEqualTo(BreachCause.LAND_USER);
        assertThat(idle.idleFee()).isEqualByComparingTo("2469135.60");
        assertThat(idle.recoveryEligibleFrom()).isEqualTo(d("2026-10-02"));
        assertThat(idle.lastDisposal()).isEqualTo(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION);
        assertThat(idle.disposedOn()).isEqualTo(d("2026-10-05"));
        Map<String, NoticeRecord> notices = notices(s);
        assertThat(notices.keySet()).containsExactlyInAnyOrder("1305302024B00018-KGTZ-01", "1305302024B00018-KGLY-01",
                "1305302024B00018-XZDC-01", "1305302024B00018-XZRD-01", "1305302024B00018-XZF-01",
                "1305302024B00018-SH-01");
        // rule 3 (issue 13) re-reads these two old notices on purpose: their 30 days run from the delivery (2025-10-25,
        // 2025-12-20), not from the issue; stored, they said 2025-11-04 and 2026-01-09
        NoticeRecord investigation = notices.get("1305302024B00018-XZDC-01");
        assertThat(investigation.issuedOn()).isEqualTo(d("2025-10-05"));
        assertThat(investigation.deliveredOn()).isEqualTo(d("2025-10-25"));
        assertThat(investigation.dueDate()).isEqualTo(d("2025-11-24"));
        NoticeRecord fee = notices.get("1305302024B00018-XZF-01");
        assertThat(fee.issuedOn()).isEqualTo(d("2025-12-10"));
        assertThat(fee.deliveredOn()).isEqualTo(d("2025-12-20"));
        assertThat(fee.dueDate()).isEqualTo(d("2026-01-19"));
        assertThat(idle.feePayableBy()).isEqualTo(d("2026-01-19"));
    }

    @Test
    void anAllocationStoppedUnderAThirdBuiltAndReferred() {
        ParcelState s = fold("c-allocation-partial-idle.json");
        assertThat(s.stage()).isEqualTo(Stage.STARTED);
        assertThat(s.flags()).containsExactly(Flag.IDLE_REFERRED);
        assertThat(s.contract().landUse()).isEqualTo("PUBLIC_SERVICE");
        assertThat(s.landUse().code()).isEqualTo("08");
        assertThat(s.contract().termYears()).isNull();
        assertThat(s.contract().totalPrice()).isEqualByComparingTo("0.00");
        assertThat(s.installments()).isEmpty();
        assertThat(s.damages(d("2026-11-30")).total()).isEqualByComparingTo("0.00");
        assertThat(s.idle().status()).isEqualTo(IdleStatus.REFERRED);
        assertThat(s.idle().ground()).isEqualTo(IdleGround.PARTIAL_DEVELOPMENT);
        assertThat(s.idle().idleSince()).isEqualTo(d("2024-11-01"));
        assertThat(s.idle().investigationDueBy()).isEqualTo(d("2025-12-10"));
        NoticeRecord investigation = notices(s).get("1305302024B00019-XZDC-01");
        assertThat(investigation.issuedOn()).isEqualTo(d("2025-11-10"));
        assertThat(investigation.deliveredOn()).isNull();
        // rule 3 (issue 13): not delivered, so the 30 days to answer have not begun (stored: 2025-12-10)
        assertThat(investigation.dueDate()).isNull();
        assertThat(s.lastPatrol().suspendedSince()).isEqualTo(d("2024-11-01"));
    }

    @Test
    void aGrantNeverPaidAndTerminated() {
        ParcelState s = fold("d-unpaid-terminated.json");
        assertThat(s.stage()).isEqualTo(Stage.TERMINATED);
        assertThat(s.isClosed()).isTrue();
        assertThat(s.flags()).isEmpty();
        assertThat(s.contract().landUse()).isEqualTo("COMMERCIAL");
        assertThat(s.landUse().code()).isEqualTo("05");
        assertThat(s.landUse().maxTermYears()).isEqualTo(40);
        assertThat(s.contract().termYears()).isEqualTo(40);
        assertThat(s.installment(1).overdueFrom()).isEqualTo(d("2024-03-02"));
        assertThat(s.installment(1).terminationRightOn()).isEqualTo(d("2024-05-01"));
        assertThat(s.termination().decisionNo()).isEqualTo("XH-JC-2024-001");
        assertThat(s.damages(d("2024-05-15")).latePayment()).isEqualByComparingTo(new BigDecimal("493827.13"));
        assertThat(notices(s).keySet()).containsExactlyInAnyOrder("1305302024B00020-TX-01", "1305302024B00020-CJ-01",
                "1305302024B00020-TX-02");
    }
}
