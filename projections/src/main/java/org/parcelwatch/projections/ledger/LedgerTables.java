package org.parcelwatch.projections.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.InstallmentLedger;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.patrol.PatrolStage;
import org.parcelwatch.monitoring.payment.LatePaymentDamages;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.parcelwatch.projections.jdbc.BatchUpdates;
import org.parcelwatch.projections.jdbc.InListChunks;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.jdbc.SqlDialect;
import org.parcelwatch.projections.landuser.LandUserDefaultRows;
import org.parcelwatch.projections.schedule.ScheduledPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The parcel-ledger group's tables, read and written with plain JDBC batches: a batch of the processor
 * costs two reads (the files and the pending schedule rows of its parcels) and one batched statement per
 * table and kind of write, whatever the number of parcels in it. Entities would cost a read per parcel
 * and an object per row, which is most of a replay's time (bench/README.md).
 */
@Component
class LedgerTables {

    private final JdbcTemplate jdbc;
    private final LandUserDefaultRows landUserDefaults;
    private final RowInserts inserts;
    private final boolean truncates;
    private final String countSql;
    private final boolean countsRowByRow;

    @Autowired
    LedgerTables(DataSource dataSource, LandUserDefaultRows landUserDefaults) {
        this(dataSource, landUserDefaults, RowInserts.batched(new JdbcTemplate(dataSource)));
    }

    /** {@code inserts}: where new rows go (a rebuild streams them); updates, deletes and the counts stay JDBC batches. */
    LedgerTables(DataSource dataSource, LandUserDefaultRows landUserDefaults, RowInserts inserts) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.landUserDefaults = landUserDefaults;
        this.inserts = inserts;
        SqlDialect dialect = SqlDialect.of(dataSource);
        this.truncates = dialect == SqlDialect.POSTGRESQL;
        this.countsRowByRow = dialect == SqlDialect.H2;
        // PostgreSQL's upsert is the one that is safe when two segments create the same row at once; H2 (one
        // node) has no "do update" and takes the standard MERGE
        this.countSql = switch (dialect) {
            case POSTGRESQL -> "insert into ledger_count (township, stage, parcels) values (?, ?, ?)"
                    + " on conflict (township, stage) do update set parcels = ledger_count.parcels + excluded.parcels";
            case H2 -> "merge into ledger_count c using (values (cast(? as varchar(100)), cast(? as varchar(16)), cast(? as bigint)))"
                    + " as m (township, stage, parcels) on c.township = m.township and c.stage = m.stage"
                    + " when matched then update set parcels = c.parcels + m.parcels"
                    + " when not matched then insert (township, stage, parcels) values (m.township, m.stage, m.parcels)";
        };
    }

    /** One parcel's writes at the end of a batch. */
    record Change(ParcelFile file, boolean newFile, Stage stageBefore, Set<Flag> flagsBefore,
                  Map<Integer, List<Object>> installmentsBefore, List<LandUserDefault> defaultsBefore,
                  List<ScheduledPoint> addedPoints, Collection<ScheduledPoint> loadedPoints, LocalDate nextDueOn,
                  LocalDate day, List<Fact> facts) {
    }

    /**
     * A dated fact the statistics count (issue 16): a payment ({@code payment_fact}) or a patrol's findings
     * ({@code patrol_fact}), one row per event, keyed by the event's sequence so that a replay writes the same rows.
     */
    record Fact(String table, Object[] row) {

        static java.util.Optional<Fact> of(org.parcelwatch.monitoring.parcel.ParcelEvent event, long sequence) {
            if (event instanceof org.parcelwatch.monitoring.payment.PaymentReceived p) {
                return java.util.Optional.of(new Fact("payment_fact", new Object[] {p.parcelId(), sequence, p.paidOn(), p.amount(),
                        p.receiptNo()}));
            }
            if (event instanceof org.parcelwatch.monitoring.patrol.PatrolRecorded p) {
                return java.util.Optional.of(new Fact("patrol_fact",
                        new Object[] {p.parcelId(), sequence, p.patrolledOn(), p.infoBoardPosted(), p.useChanged()}));
            }
            return java.util.Optional.empty();
        }
    }

    Map<String, ParcelFile> files(Collection<String> parcelIds) {
        Map<String, ParcelFile> files = new HashMap<>();
        InListChunks.query(jdbc, marks -> "select parcel_id, state_json, last_sequence, updated_at from parcel_file"
                + " where parcel_id in (" + marks + ")", parcelIds, rs -> {
                    String id = rs.getString(1);
                    OffsetDateTime updatedAt = rs.getObject(4, OffsetDateTime.class);
                    files.put(id, ParcelFile.read(id, rs.getString(2), rs.getLong(3),
                            updatedAt == null ? null : updatedAt.toInstant()));
                });
        return files;
    }

    /**
     * The PENDING schedule rows of the parcels, by parcel. The status is checked here, not in SQL: with
     * {@code status = 'PENDING'} in the query the planner may take the sweep's (status, fires_on) index,
     * and while a rebuild fills the table its statistics still say "empty", so each batch scanned every
     * pending row of the county (seconds per batch at a million parcels). By parcel id only, the primary
     * key is the one index that fits; a parcel has a handful of DONE rows to skip.
     */
    Map<String, List<ScheduledPoint>> pendingPoints(Collection<String> parcelIds) {
        Map<String, List<ScheduledPoint>> points = new HashMap<>();
        InListChunks.query(jdbc, marks -> "select parcel_id, rule, subject, fires_on, lapses_after, status"
                + " from monitoring_schedule where parcel_id in (" + marks + ")", parcelIds, rs -> {
                    if (ScheduledPoint.Status.PENDING.name().equals(rs.getString(6))) {
                        String id = rs.getString(1);
                        points.computeIfAbsent(id, k -> new ArrayList<>()).add(new ScheduledPoint(id, rs.getString(2),
                                rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                    }
                });
        return points;
    }

    void write(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<Change> created = changes.stream().filter(Change::newFile).toList();
        List<Change> updated = changes.stream().filter(c -> !c.newFile()).toList();

        inserts.insert("parcel_file", FILE_COLUMNS, created.stream().map(c -> fileRow(c.file())).toList());
        BatchUpdates.rows(jdbc, "update parcel_file set state_json = ?, last_sequence = ?, updated_at = ?"
                + " where parcel_id = ?", updated.stream().map(c -> fileRow(c.file())).toList());
        inserts.insert("parcel_ledger", LEDGER_ROW_COLUMNS, created.stream().map(LedgerTables::ledgerRow).toList());
        BatchUpdates.rows(jdbc, "update parcel_ledger set " + LEDGER_COLUMNS.replace(",", " = ?,")
                + " = ? where parcel_id = ?", updated.stream().map(LedgerTables::ledgerRow).toList());

        List<Object[]> flagsGone = new ArrayList<>();
        List<Object[]> flagsNew = new ArrayList<>();
        for (Change c : changes) {
            Set<Flag> now = c.file().state().flags();
            c.flagsBefore().stream().filter(f -> !now.contains(f)).forEach(f -> flagsGone.add(new Object[] {c.file().parcelId(), f.name()}));
            now.stream().filter(f -> !c.flagsBefore().contains(f)).forEach(f -> flagsNew.add(new Object[] {c.file().parcelId(), f.name()}));
        }
        BatchUpdates.rows(jdbc, "delete from parcel_flag where parcel_id = ? and flag = ?", flagsGone);
        inserts.insert("parcel_flag", List.of("parcel_id", "flag"), flagsNew);

        List<Fact> facts = changes.stream().flatMap(c -> c.facts().stream()).toList();
        inserts.insert("payment_fact", List.of("parcel_id", "event_sequence", "paid_on", "amount", "receipt_no"),
                facts.stream().filter(f -> f.table().equals("payment_fact")).map(Fact::row).toList());
        inserts.insert("patrol_fact", List.of("parcel_id", "event_sequence", "patrolled_on", "info_board_posted", "use_changed"),
                facts.stream().filter(f -> f.table().equals("patrol_fact")).map(Fact::row).toList());

        List<Object[]> installmentsNew = new ArrayList<>();
        List<Object[]> installmentsChanged = new ArrayList<>();
        for (Change c : changes) {
            ParcelState state = c.file().state();
            for (InstallmentLedger installment : state.installments()) {
                Object[] row = installmentRow(installment, state.contract().township(), c.day(), state.parcelId());
                List<Object> stored = c.installmentsBefore().get(installment.no());
                if (stored == null) {
                    installmentsNew.add(row);
                } else if (!stored.equals(Arrays.asList(row))) {
                    // most events leave a parcel's installments as they were: no new row version for those
                    installmentsChanged.add(row);
                }
            }
        }
        inserts.insert("installment_ledger", List.of("due_date", "due_year", "township", "amount", "paid", "paid_on_time",
                "status", "parcel_id", "installment_no"), installmentsNew);
        BatchUpdates.rows(jdbc, "update installment_ledger set due_date = ?, due_year = ?, township = ?, amount = ?, paid = ?,"
                + " paid_on_time = ?, status = ? where parcel_id = ? and installment_no = ?", installmentsChanged);

        List<Object[]> pointsNew = new ArrayList<>();
        List<Object[]> pointsDone = new ArrayList<>();
        for (Change c : changes) {
            c.addedPoints().forEach(p -> pointsNew.add(new Object[] {p.getLapsesAfter(), p.getStatus().name(), p.getDoneOn(),
                    p.getParcelId(), p.getRule(), p.getSubject(), p.getFiresOn()}));
            c.loadedPoints().stream().filter(p -> p.getStatus() == ScheduledPoint.Status.DONE)
                    .forEach(p -> pointsDone.add(new Object[] {p.getDoneOn(), p.getParcelId(), p.getRule(), p.getSubject(),
                            p.getFiresOn()}));
        }
        inserts.insert("monitoring_schedule", List.of("lapses_after", "status", "done_on", "parcel_id", "rule", "subject",
                "fires_on"), pointsNew);
        BatchUpdates.rows(jdbc, "update monitoring_schedule set status = 'DONE', done_on = ?"
                + " where parcel_id = ? and rule = ? and subject = ? and fires_on = ?", pointsDone);

        landUserDefaults.write(changes.stream()
                .map(c -> new LandUserDefaultRows.Change(c.defaultsBefore(), c.file().state())).toList());

        countParcels(changes);
    }

    /**
     * Moves the parcels that entered the ledger or changed stage in {@code ledger_count}. Last, and in key order:
     * the rows are shared by every segment of the group, so they are locked as late and in the same order as
     * every other batch's, which keeps two segments from deadlocking on them.
     */
    private void countParcels(List<Change> changes) {
        Map<List<String>, Long> moves = new TreeMap<>(Comparator
                .<List<String>, String>comparing(key -> key.get(0)).thenComparing(key -> key.get(1)));
        for (Change c : changes) {
            String township = countedTownship(c.file().state().contract().township());
            Stage now = c.file().state().stage();
            if (now == null || c.stageBefore() == now) {
                continue;
            }
            moves.merge(List.of(township, now.name()), 1L, Long::sum);
            if (c.stageBefore() != null) {
                moves.merge(List.of(township, c.stageBefore().name()), -1L, Long::sum);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        moves.forEach((key, delta) -> {
            if (delta != 0) {
                rows.add(new Object[] {key.get(0), key.get(1), delta});
            }
        });
        if (!countsRowByRow) {
            BatchUpdates.rows(jdbc, countSql, rows);
            return;
        }
        // H2's MERGE is not atomic: when two segments create the same (township, stage) row at once, the later one's
        // insert meets the earlier one's row as a duplicate key. Row by row (H2 undoes only the failed statement), the
        // MERGE is repeated once the other has committed, and then adds to the row it finds; still failing, the batch
        // fails and its work package runs it again.
        for (Object[] row : rows) {
            for (int attempt = 1; ; attempt++) {
                try {
                    jdbc.update(countSql, row);
                    break;
                } catch (org.springframework.dao.DuplicateKeyException concurrentInsert) {
                    if (attempt == COUNT_ATTEMPTS) {
                        throw concurrentInsert;
                    }
                    try {
                        Thread.sleep(20L * attempt);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw concurrentInsert;
                    }
                }
            }
        }
    }

    /** How often a count is tried on H2 before its batch fails (see {@link #countParcels}). */
    private static final int COUNT_ATTEMPTS = 5;

    /** How {@code ledger_count} keys a township: the empty string for none. */
    static String countedTownship(String township) {
        return township == null ? "" : township;
    }

    /** The group's tables. */
    static final List<String> TABLES = List.of("payment_fact", "patrol_fact", "ledger_count", "monitoring_schedule",
            "installment_ledger", "parcel_flag", "parcel_ledger", "parcel_file", LandUserDefaultRows.TABLE);

    /** Empties the group's tables for a rebuild; TRUNCATE where it is transactional (PostgreSQL). */
    void clear() {
        if (truncates) {
            jdbc.execute("truncate table " + String.join(", ", TABLES));
        } else {
            TABLES.forEach(table -> jdbc.execute("delete from " + table));
        }
    }

    // ---- rows ----------------------------------------------------------------------------------------

    private static final String LEDGER_COLUMNS = "contract_no, parcel_code, supply_method, project_name, land_user_name,"
            + " credit_code, location, township, district_code, land_use, area_sqm, total_price, paid, outstanding, stage,"
            + " signed_on, supply_year, agreed_handover_date, actual_handover_date, agreed_start_date, actual_start_date,"
            + " agreed_completion_date, actual_completion_date, idle_status, patrolled_start_stage,"
            + " patrolled_completion_stage, next_due_on, updated_at, closed_on, officer";
    private static final List<String> LEDGER_ROW_COLUMNS = Stream.concat(Arrays.stream(LEDGER_COLUMNS.split(","))
            .map(String::trim), Stream.of("parcel_id")).toList();
    private static final List<String> FILE_COLUMNS = List.of("state_json", "last_sequence", "updated_at", "parcel_id");

    /** A file's row, in {@link #FILE_COLUMNS} order (the id last, as the update binds it). */
    private static Object[] fileRow(ParcelFile file) {
        return new Object[] {file.json(), file.lastSequence(), timestamp(file.updatedAt()), file.parcelId()};
    }

    /** 台账 columns, in {@link #LEDGER_COLUMNS} order, then the id. */
    private static Object[] ledgerRow(Change change) {
        ParcelState state = change.file().state();
        ParcelRegistered c = state.contract();
        Object[] values = {
                c.contractNo(), c.parcelCode(), c.supplyMethod() == null ? null : c.supplyMethod().name(), c.projectName(),
                c.landUser() == null ? null : c.landUser().name(), c.landUser() == null ? null : c.landUser().creditCode(),
                c.location(), c.township(), c.districtCode(), state.landUse() == null ? c.landUse() : state.landUse().code(),
                c.areaSqm(), c.totalPrice(),
                state.totalPaid(), state.totalOutstanding(), state.stage().name(),
                c.signedOn(), c.signedOn() == null ? null : c.signedOn().getYear(),
                state.milestone(Milestone.HANDOVER).agreedDate(), state.milestone(Milestone.HANDOVER).actualDate(),
                state.milestone(Milestone.START).agreedDate(), state.milestone(Milestone.START).actualDate(),
                state.milestone(Milestone.COMPLETION).agreedDate(), state.milestone(Milestone.COMPLETION).actualDate(),
                state.idle().status().name(),
                state.patrolledStages().contains(PatrolStage.START), state.patrolledStages().contains(PatrolStage.COMPLETION),
                change.nextDueOn(), timestamp(change.file().updatedAt()), state.closedOn(), state.officer(),
                state.parcelId()};
        return values;
    }

    /**
     * The installment rows as the last write left them: the same values computed from the file as it was read
     * and the business day it was written on. Without that day (a file never written has no installments) each
     * row is taken as different from anything, so it is written again.
     */
    static Map<Integer, List<Object>> installmentRows(ParcelState state, LocalDate day) {
        Map<Integer, List<Object>> rows = new HashMap<>();
        for (InstallmentLedger installment : state.installments()) {
            rows.put(installment.no(), day == null || state.contract() == null ? List.of() : Arrays.asList(
                    installmentRow(installment, state.contract().township(), day, state.parcelId())));
        }
        return rows;
    }

    /** What was paid by the due date: the collection-rate indicator sums it. */
    private static Object[] installmentRow(InstallmentLedger installment, String township, LocalDate asOf, String parcelId) {
        BigDecimal paidOnTime = installment.payments().stream()
                .filter(part -> !part.paidOn().isAfter(installment.dueDate()))
                .map(LatePaymentDamages.Part::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Object[] {installment.dueDate(), installment.dueDate().getYear(), township, installment.amount(),
                installment.paid(), paidOnTime, installment.status(asOf).name(), parcelId, installment.no()};
    }

    private static Object timestamp(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
