package org.parcelwatch.projections.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.d;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.projections.ParcelHistory;
import org.parcelwatch.projections.ProjectionTestSupport;
import org.parcelwatch.projections.SampleParcel;
import org.parcelwatch.projections.Stories;

/** The parcel-ledger group's folds and its SQL: the file, the ledger row, flags, installments, schedule and counts. */
class ParcelLedgerProjectionTest extends ProjectionTestSupport<ParcelLedgerProjection> {

    private static final String A = "1305302024B00101";
    private static final String B = "1305302024B00102";
    private static final String C = "1305302024B00103";
    private static final List<String> TABLES =
            List.of("parcel_file", "parcel_ledger", "parcel_flag", "installment_ledger", "monitoring_schedule", "ledger_count");


    @Test
    void aRegistrationWritesTheFileTheLedgerRowTheInstallmentsTheScheduleAndTheCount() {
        ParcelHistory a = ParcelHistory.of(A).on("2024-02-01", SampleParcel.registered(A, "Xinhe town"));
        inOneBatch(a.messages());

        assertThat(jdbc.queryForObject("select last_sequence from parcel_file where parcel_id = ?", Long.class, A)).isZero();
        assertThat(updatedAt("parcel_file", A)).isEqualTo(ParcelHistory.at("2024-02-01"));
        assertThat(ledgerRow(A)).isEqualTo("XH-CR-" + A + " | 130530105017 | LISTING | Xinhe bearing plant phase II"
                + " | Xinhe Bearing Co., Ltd. | 91130530MA0CX0XU3B | east of Xinhe Road | Xinhe town | 130530 | 0601"
                + " | 26666.70 | 12345678.00 | 0.00 | 12345678.00 | REGISTERED | 2024-02-01 | 2024"
                + " | 2024-04-01 | null | 2024-10-01 | null | 2026-10-01 | null | NONE | false | false | 2024-01-31");
        assertThat(updatedAt("parcel_ledger", A)).isEqualTo(ParcelHistory.at("2024-02-01"));
        assertThat(flags(A)).isEmpty();
        assertThat(installments(A)).containsExactly(
                "1 | 2024-03-01 | 2024 | Xinhe town | 6172839.00 | 0.00 | 0.00 | PENDING",
                "2 | 2024-05-10 | 2024 | Xinhe town | 6172839.00 | 0.00 | 0.00 | PENDING");
        // every time rule of monitoring-core's DueRule that can act on the parcel, on the day it can: the start,
        // completion and idle rules wait for the land to be handed over (issue 13)
        assertThat(schedule(A)).containsExactly(
                "2024-01-31 | PAYMENT_REMINDER | installment 1 | 2024-03-01 | PENDING | null",
                "2024-03-02 | PAYMENT_OVERDUE | installment 1 | null | PENDING | null",
                "2024-04-02 | HANDOVER_OVERDUE | HANDOVER | null | PENDING | null",
                "2024-04-10 | PAYMENT_REMINDER | installment 2 | 2024-05-10 | PENDING | null",
                "2024-05-11 | PAYMENT_OVERDUE | installment 2 | null | PENDING | null");
        assertThat(counts()).containsExactly("Xinhe town | REGISTERED | 1");
    }

    @Test
    void paymentsAReminderAndTheHandoverMoveTheRowsAndCloseThePointsTheyAnswerOnTheirDay() {
        ParcelHistory a = Stories.onTime(A, "Xinhe town");
        oneByOne(a.messages().subList(0, 4));

        assertThat(installments(A)).containsExactly(
                "1 | 2024-03-01 | 2024 | Xinhe town | 6172839.00 | 6172839.00 | 6172839.00 | PAID",
                "2 | 2024-05-10 | 2024 | Xinhe town | 6172839.00 | 0.00 | 0.00 | REMINDED");
        assertThat(ledgerRow(A)).contains(" | 12345678.00 | 6172839.00 | 6172839.00 | HANDED_OVER | 2024-02-01 | 2024"
                + " | 2024-04-01 | 2024-04-01 | 2024-10-01 | null | 2026-10-01 | null | NONE | false | false | 2024-05-11");
        assertThat(schedule(A)).startsWith(
                "2024-01-31 | PAYMENT_REMINDER | installment 1 | 2024-03-01 | DONE | 2024-02-25",
                "2024-03-02 | PAYMENT_OVERDUE | installment 1 | null | DONE | 2024-02-25",
                "2024-04-02 | HANDOVER_OVERDUE | HANDOVER | null | DONE | 2024-04-01",
                "2024-04-10 | PAYMENT_REMINDER | installment 2 | 2024-05-10 | DONE | 2024-04-10",
                "2024-05-11 | PAYMENT_OVERDUE | installment 2 | null | PENDING | null",
                "2024-09-01 | START_REMINDER | START | 2024-10-01 | PENDING | null");

        // the second installment paid twelve days late, with no sweep in between to find it overdue
        ParcelHistory late = a.upTo(4).on("2024-05-22", SampleParcel.paid(A, 2, "2024-05-22"));
        inOneBatch(late.from(4));

        assertThat(installments(A)).containsExactly(
                "1 | 2024-03-01 | 2024 | Xinhe town | 6172839.00 | 6172839.00 | 6172839.00 | PAID",
                "2 | 2024-05-10 | 2024 | Xinhe town | 6172839.00 | 6172839.00 | 0.00 | PAID_LATE");
        assertThat(ledgerRow(A)).contains(" | 12345678.00 | 12345678.00 | 0.00 | HANDED_OVER | ");
        assertThat(ledgerRow(A)).endsWith(" | 2024-09-01");
        assertThat(schedule(A)).contains("2024-05-11 | PAYMENT_OVERDUE | installment 2 | null | DONE | 2024-05-22");
        assertThat(flags(A)).isEmpty();
    }

    @Test
    void overduePaymentsRaiseFlagsAndTerminationPointsAndATerminationClosesEveryPoint() {
        ParcelHistory b = Stories.defaulter(B, "Zhao town");
        // registration, handover and the sweep of 2024-06-01 (two overdue installments, two urge notices)
        inOneBatch(b.messages().subList(0, 6));

        assertThat(flags(B)).containsExactly("PAYMENT_OVERDUE");
        assertThat(installments(B)).containsExactly(
                "1 | 2024-03-01 | 2024 | Zhao town | 6172839.00 | 0.00 | 0.00 | OVERDUE",
                "2 | 2024-05-10 | 2024 | Zhao town | 6172839.00 | 0.00 | 0.00 | OVERDUE");
        // an urge gives the right to terminate 60 days after the due date, and never before the day after the urge
        assertThat(schedule(B)).startsWith(
                "2024-01-31 | PAYMENT_REMINDER | installment 1 | 2024-03-01 | DONE | 2024-06-01",
                "2024-03-02 | PAYMENT_OVERDUE | installment 1 | null | DONE | 2024-06-01",
                "2024-04-02 | HANDOVER_OVERDUE | HANDOVER | null | DONE | 2024-04-05",
                "2024-04-10 | PAYMENT_REMINDER | installment 2 | 2024-05-10 | DONE | 2024-06-01",
                "2024-05-11 | PAYMENT_OVERDUE | installment 2 | null | DONE | 2024-06-01",
                "2024-06-02 | TERMINATION_RIGHT | installment 1 | null | PENDING | null",
                "2024-07-10 | TERMINATION_RIGHT | installment 2 | null | PENDING | null",
                "2024-09-01 | START_REMINDER | START | 2024-10-01 | PENDING | null");
        assertThat(ledgerRow(B)).endsWith(" | 2024-06-02");

        inOneBatch(b.messages().subList(6, 7));
        assertThat(flags(B)).containsExactly("PAYMENT_OVERDUE", "TERMINATION_RIGHT");
        assertThat(schedule(B)).contains("2024-06-02 | TERMINATION_RIGHT | installment 1 | null | DONE | 2024-06-02");
        assertThat(ledgerRow(B)).endsWith(" | 2024-07-10");

        ParcelHistory terminated = b.upTo(7)
                .on("2024-06-20", new ContractTerminated(B, "ZX-JC-2024-1", d("2024-06-20"), "land price unpaid"));
        inOneBatch(terminated.from(7));

        // a closed parcel has no open flag and no rule left to act: every pending point is done on the closing day
        assertThat(flags(B)).isEmpty();
        assertThat(jdbc.queryForList("select distinct done_on from monitoring_schedule where parcel_id = ? and fires_on > ?",
                LocalDate.class, B, d("2024-06-02"))).containsExactly(d("2024-06-20"));
        assertThat(jdbc.queryForObject("select count(*) from monitoring_schedule where parcel_id = ? and status = 'PENDING'",
                Long.class, B)).isZero();
        assertThat(ledgerRow(B)).contains(" | TERMINATED | ").endsWith(" | null");
        // registered and handed over in one batch, the parcel was never counted as REGISTERED
        assertThat(counts()).containsExactly("Zhao town | HANDED_OVER | 0", "Zhao town | TERMINATED | 1");
    }

    @Test
    void anEventDeliveredAgainIsNotFoldedAgain() {
        ParcelHistory a = Stories.onTime(A, "Xinhe town");
        inOneBatch(a.messages().subList(0, 2));
        Map<String, List<String>> once = snapshot();

        inOneBatch(a.messages().subList(0, 2));
        inOneBatch(a.messages().subList(1, 2));
        assertThat(snapshot()).isEqualTo(once);

        // a batch that repeats the payment and brings the handover folds the handover only
        inOneBatch(a.messages().subList(1, 3));
        assertThat(jdbc.queryForObject("select last_sequence from parcel_file where parcel_id = ?", Long.class, A)).isEqualTo(2);
        assertThat(ledgerRow(A)).contains(" | 12345678.00 | 6172839.00 | 6172839.00 | HANDED_OVER | ");
    }

    @Test
    void theRowsDoNotDependOnHowTheEventsFellIntoBatchesAndAResetAndReplayRebuildsThem() {
        List<ParcelHistory> stories = List.of(Stories.onTime(A, "Xinhe town"), Stories.defaulter(B, "Zhao town"),
                Stories.excusedAllocation(C, "Xinhe town"));
        List<DomainEventMessage<?>> all = interleaved(stories);
        oneByOne(all);
        Map<String, List<String>> live = snapshot();
        assertThat(live.get("parcel_ledger")).hasSize(3);

        reset();
        TABLES.forEach(table -> assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class))
                .as("rows of %s after the reset", table).isZero());

        inOneBatch(all);
        assertThat(snapshot()).isEqualTo(live);

        reset();
        for (int from = 0; from < all.size(); from += 7) {
            inOneBatch(all.subList(from, Math.min(all.size(), from + 7)));
        }
        assertThat(snapshot()).isEqualTo(live);
    }

    @Test
    void theCountsFollowEachParcelFromStageToStagePerTownship() {
        String noTownship = "1305302024B00104";
        ParcelHistory a = ParcelHistory.of(A).on("2024-02-01", SampleParcel.registered(A, "Xinhe town"))
                .on("2024-04-01", new HandoverRecorded(A, d("2024-04-01"), "JD-A", d("2024-04-01")));
        ParcelHistory c = ParcelHistory.of(C).on("2024-02-01", SampleParcel.registered(C, "Xinhe town"));
        ParcelHistory none = ParcelHistory.of(noTownship).on("2024-02-01", SampleParcel.registered(noTownship, null));

        inOneBatch(List.of(a.messages().get(0), c.messages().get(0), none.messages().get(0)));
        assertThat(counts()).containsExactly(" | REGISTERED | 1", "Xinhe town | REGISTERED | 2");

        inOneBatch(a.from(1));
        assertThat(counts()).containsExactly(" | REGISTERED | 1", "Xinhe town | HANDED_OVER | 1", "Xinhe town | REGISTERED | 1");

        // registered and handed over in one batch: counted once, in the stage it ends the batch in
        ParcelHistory b = ParcelHistory.of(B).on("2024-02-01", SampleParcel.registered(B, "Xinhe town"))
                .on("2024-04-02", new HandoverRecorded(B, d("2024-04-02"), "JD-B", d("2024-04-01")));
        inOneBatch(b.messages());
        assertThat(counts()).containsExactly(" | REGISTERED | 1", "Xinhe town | HANDED_OVER | 2", "Xinhe town | REGISTERED | 1");
        assertThat(jdbc.queryForObject("select count(*) from parcel_ledger where township = 'Xinhe town' and stage = 'HANDED_OVER'",
                Long.class)).isEqualTo(2);
    }

    @Test
    void aBatchOfMoreParcelsThanOneInListHoldsIsReadAndWrittenWhole() {
        int parcels = 1_201;
        List<DomainEventMessage<?>> registrations = new ArrayList<>();
        List<DomainEventMessage<?>> payments = new ArrayList<>();
        for (int i = 0; i < parcels; i++) {
            String id = "1305302024B%05d".formatted(10_000 + i);
            ParcelHistory history = ParcelHistory.of(id).on("2024-02-01", SampleParcel.registered(id, "Xinhe town"))
                    .on("2024-02-25", SampleParcel.paid(id, 1, "2024-02-25"));
            registrations.add(history.messages().get(0));
            payments.add(history.messages().get(1));
        }
        inOneBatch(registrations);
        // the second batch finds every file and every pending point it needs among the stored ones
        inOneBatch(payments);

        assertThat(jdbc.queryForObject("select count(*) from parcel_file where last_sequence = 1", Long.class)).isEqualTo(parcels);
        assertThat(jdbc.queryForObject("select count(*) from parcel_ledger where paid = 6172839.00", Long.class)).isEqualTo(parcels);
        assertThat(jdbc.queryForObject("select count(*) from installment_ledger where status = 'PAID'", Long.class)).isEqualTo(parcels);
        assertThat(jdbc.queryForObject("select count(*) from monitoring_schedule where status = 'DONE' and done_on = ?",
                Long.class, d("2024-02-25"))).isEqualTo(2L * parcels);
        // two payment points of each installment and the handover overdue: the land is not handed over
        assertThat(jdbc.queryForObject("select count(*) from monitoring_schedule", Long.class)).isEqualTo(5L * parcels);
        assertThat(counts()).containsExactly("Xinhe town | REGISTERED | " + parcels);
    }

    // ---- reading the tables ------------------------------------------------------------------------------------

    private String ledgerRow(String id) {
        List<String> rows = tableRows("select contract_no, parcel_code, supply_method, project_name, land_user_name,"
                + " credit_code, location, township, district_code, land_use, area_sqm, total_price, paid, outstanding,"
                + " stage, signed_on, supply_year, agreed_handover_date, actual_handover_date, agreed_start_date,"
                + " actual_start_date, agreed_completion_date, actual_completion_date, idle_status, patrolled_start_stage,"
                + " patrolled_completion_stage, next_due_on from parcel_ledger where parcel_id = ?", id);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<String> flags(String id) {
        return jdbc.queryForList("select flag from parcel_flag where parcel_id = ? order by flag", String.class, id);
    }

    private List<String> installments(String id) {
        return tableRows("select installment_no, due_date, due_year, township, amount, paid, paid_on_time, status"
                + " from installment_ledger where parcel_id = ? order by installment_no", id);
    }

    private List<String> schedule(String id) {
        return tableRows("select fires_on, rule, subject, lapses_after, status, done_on from monitoring_schedule"
                + " where parcel_id = ? order by fires_on, rule, subject", id);
    }

    private List<String> counts() {
        return tableRows("select township, stage, parcels from ledger_count order by township, stage");
    }

    private Instant updatedAt(String table, String id) {
        return jdbc.queryForObject("select updated_at from " + table + " where parcel_id = ?",
                (rs, n) -> rs.getObject(1, OffsetDateTime.class), id).toInstant();
    }

    /**
     * Every row of the group's tables, in key order; of {@code ledger_count} the stages that hold parcels (a stage a
     * parcel passed through within one batch never got the row that a batch of its own leaves at 0).
     */
    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, tableRows("select * from " + table
                    + (table.equals("ledger_count") ? " where parcels <> 0" : "") + " order by 1, 2"
                    + (table.equals("monitoring_schedule") ? ", 3, 4" : "")));
        }
        return tables;
    }

    /** The stories' events merged in the order of their days, as the event store would hold them. */
    private static List<DomainEventMessage<?>> interleaved(List<ParcelHistory> stories) {
        List<DomainEventMessage<?>> all = new ArrayList<>();
        stories.forEach(story -> all.addAll(story.messages()));
        all.sort(Comparator.comparing(DomainEventMessage::getTimestamp));
        return all;
    }
}
