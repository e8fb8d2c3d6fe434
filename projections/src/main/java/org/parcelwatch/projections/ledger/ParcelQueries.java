package org.parcelwatch.projections.ledger;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.registration.LandUse;
import org.parcelwatch.projections.jdbc.StreamedRows;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the parcel ledger and the parcel detail; never the event store. The desk's reads (a ledger page, a
 * parcel's file) are plain statements outside any transaction of their own: at read-committed each statement sees
 * its own snapshot anyway, and opening and suspending a transaction context on every call was CPU and garbage on
 * the most frequent requests. The JPA read keeps its read-only transaction; the streamed exports theirs.
 */
@Service
public class ParcelQueries {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = org.parcelwatch.monitoring.ParcelwatchJson.objectMapper();

    private final LedgerRepository ledger;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final StreamedRows streamed;

    public ParcelQueries(LedgerRepository ledger, org.springframework.jdbc.core.JdbcTemplate jdbc, StreamedRows streamed) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.streamed = streamed;
    }

    @Transactional(readOnly = true)
    public Page<LedgerEntry> ledger(LedgerFilter filter, Pageable page) {
        return ledger.findAll(matching(filter), page);
    }

    /**
     * A page of the ledger for the desk, in supervision-number order: one SQL query for the rows with their open
     * flags and the total (a second only for a page past the end, which has no row to carry it). Plain SQL, not
     * entities: a page is read on every desk screen, and building entities cost ten times the queries. Outside a transaction, as the
     * detail: at read-committed each statement sees its own snapshot anyway, and a transaction costs two more
     * round trips and a persistence context. The flags come as an array from a subquery per row (the
     * {@code parcel_flag} key), not from a query of their own: one round trip less on every page.
     */
    public Page<LedgerRow> ledgerRows(LedgerFilter filter, Pageable page) {
        List<Object> args = new ArrayList<>();
        String where = ledgerWhere(filter, args);
        // the total as one more column of the same statement (an uncorrelated scalar subquery: evaluated once, in the
        // page's own snapshot), not a second round trip; an empty page past the end still asks for it on its own
        List<Object> pageArgs = new ArrayList<>();
        String total = total(filter, where, args, pageArgs);
        pageArgs.addAll(args);
        pageArgs.add(page.getOffset());
        long[] counted = {-1};
        // the page's ids first, from the (township, parcel_id) index alone, then their rows by primary key.
        // The page size is written into the statement (an int, one statement per size) and the offset is bound
        // inside a scalar subquery, so the planner sees the same statement for every page: PostgreSQL then keeps
        // one generic plan for it. With both as plain parameters it planned each page anew (its generic plan,
        // not knowing the limit, looked dearer than a custom one), and planning was half the page's database CPU.
        List<LedgerRow> content = jdbc.query(LEDGER_COLUMNS.replace(" from parcel_ledger", PAGE_FLAGS + ", " + total
                        + " as total_rows from parcel_ledger")
                + " where parcel_id in (select parcel_id from parcel_ledger" + where
                + " order by parcel_id limit " + page.getPageSize()
                + " offset (select cast(? as bigint))) order by parcel_id", (rs, n) -> {
                    counted[0] = rs.getLong("total_rows");
                    return withFlags(ledgerRow(rs), rs);
                }, pageArgs.toArray());
        return PageableExecutionUtils.getPage(content, page, () -> {
            if (counted[0] >= 0) {
                return counted[0];
            }
            List<Object> countArgs = new ArrayList<>();
            return jdbc.queryForObject("select " + total(filter, where, args, countArgs), Long.class, countArgs.toArray());
        });
    }

    /**
     * The filter's total as a scalar subquery, its values added to {@code into}: from {@code ledger_count} where the
     * filter allows, else counted on the rows ({@code where} and its {@code whereArgs}, from {@link #ledgerWhere}).
     */
    private static String total(LedgerFilter filter, String where, List<Object> whereArgs, List<Object> into) {
        if (filter.countable()) {
            return countedParcels(filter, into);
        }
        into.addAll(whereArgs);
        return "(select count(*) from parcel_ledger" + where + ")";
    }

    /** The filter as a where clause on {@code parcel_ledger}, its values added to {@code args}. */
    private static String ledgerWhere(LedgerFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.township() != null) {
            where.append(" and township = ?");
            args.add(filter.township());
        }
        if (filter.stage() != null) {
            where.append(" and stage = ?");
            args.add(filter.stage().name());
        }
        if (filter.flag() != null) {
            where.append(" and parcel_id in (select parcel_id from parcel_flag where flag = ?)");
            args.add(filter.flag().name());
        }
        if (filter.officer() != null) {
            where.append(" and officer = ?");
            args.add(filter.officer());
        }
        if (filter.landUse() != null) {
            where.append(" and land_use = ?");
            args.add(filter.landUse());
        }
        if (filter.year() != null) {
            where.append(" and signed_on >= ? and signed_on < ?");
            args.add(LocalDate.of(filter.year(), 1, 1));
            args.add(LocalDate.of(filter.year() + 1, 1, 1));
        }
        return where.toString();
    }

    /**
     * Every ledger row the filter selects, in supervision-number order, each with its open flags, handed to
     * {@code sink} one by one as read (the export of the whole ledger): the rows outer-joined to their flags, so a
     * parcel's flags arrive together and one query streams them all. Returns the parcels sent.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public long forEachLedgerRow(LedgerFilter filter, java.util.function.Consumer<LedgerRow> sink) {
        return forEachLedgerRow(filter, 0, row -> sink.accept(row.row()));
    }

    /**
     * As {@link #forEachLedgerRow(LedgerFilter, java.util.function.Consumer)}, each row with its first
     * {@code installments} installments (due date and amount) as the ledger download's columns hold them: the
     * installments pivoted to one row per parcel in the same query, so the stream stays one query.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public long forEachLedgerRow(LedgerFilter filter, int installments,
                                 java.util.function.Consumer<LedgerExportRow> sink) {
        List<Object> args = new ArrayList<>();
        String where = ledgerWhere(filter, args);
        StringBuilder pivot = new StringBuilder();
        StringBuilder pivotColumns = new StringBuilder();
        for (int no = 1; no <= installments; no++) {
            pivot.append(", max(case when installment_no = ").append(no).append(" then due_date end) as due_").append(no)
                 .append(", max(case when installment_no = ").append(no).append(" then amount end) as amount_").append(no);
            pivotColumns.append(", due_").append(no).append(", amount_").append(no);
        }
        String installmentJoin = installments == 0 ? ""
                : " left join (select parcel_id as installment_parcel" + pivot + " from installment_ledger group by parcel_id) i"
                        + " on i.installment_parcel = l.parcel_id";
        String sql = LEDGER_COLUMNS.replace(" from parcel_ledger", ", open_flag" + pivotColumns + " from (select l.*,"
                        + " f.flag as open_flag" + (installments == 0 ? "" : ", i.*") + " from parcel_ledger l left join parcel_flag f"
                        + " on f.parcel_id = l.parcel_id" + installmentJoin + ") parcel_ledger")
                + where + " order by parcel_id, open_flag";
        return streamed.inOneTransaction(() -> {
            LedgerExportRow[] pending = {null};
            long[] sent = {0};
            streamed.forEach(sql,
                    (rs, n) -> {
                        LedgerExportRow row = pending[0] != null && pending[0].row().parcelId().equals(rs.getString("parcel_id"))
                                ? pending[0] : new LedgerExportRow(ledgerRow(rs), installments(rs, installments));
                        String flag = rs.getString("open_flag");
                        if (flag != null) {
                            row.row().flags().add(Flag.valueOf(flag));
                        }
                        return row;
                    },
                    row -> {
                        if (row != pending[0]) {
                            if (pending[0] != null) {
                                sink.accept(pending[0]);
                                sent[0]++;
                            }
                            pending[0] = row;
                        }
                    }, args.toArray());
            if (pending[0] != null) {
                sink.accept(pending[0]);
                sent[0]++;
            }
            return sent[0];
        });
    }

    private static List<LedgerExportRow.Installment> installments(java.sql.ResultSet rs, int count) throws java.sql.SQLException {
        List<LedgerExportRow.Installment> terms = new ArrayList<>();
        for (int no = 1; no <= count; no++) {
            LocalDate due = rs.getObject("due_" + no, LocalDate.class);
            if (due != null) {
                terms.add(new LedgerExportRow.Installment(no, due, rs.getBigDecimal("amount_" + no)));
            }
        }
        return terms;
    }

    /** The most installments a parcel the filter selects has: the installment columns its download needs. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int mostInstallments(LedgerFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = ledgerWhere(filter, args);
        Integer most = jdbc.queryForObject("select max(installment_no) from installment_ledger where parcel_id in"
                + " (select parcel_id from parcel_ledger" + where + ")", Integer.class, args.toArray());
        return most == null ? 0 : most;
    }

    /**
     * The dated events of the parcels the filter selects, as the ledger download's events sheet (事件) lists them
     * for a re-import: payments (with their receipts), the actual handover, start and completion, and notice
     * deliveries; by parcel, day and that order of kinds. Streamed as the ledger rows are.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public long forEachLedgerEvent(LedgerFilter filter, java.util.function.Consumer<LedgerEventRow> sink) {
        List<Object> args = new ArrayList<>();
        String where = ledgerWhere(filter, args);
        String parcels = " parcel_id in (select parcel_id from parcel_ledger" + where + ")";
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.addAll(args);
        }
        String sql = "select * from ("
                + "select parcel_id, cast('PAYMENT' as varchar(16)) as kind, 1 as kind_order, paid_on as event_day, amount, receipt_no as doc_no,"
                + " cast(null as varchar(100)) as remark, event_sequence as seq from payment_fact where" + parcels
                + " union all select parcel_id, 'HANDOVER', 0, actual_handover_date, null, null, null, 0 from parcel_ledger"
                + " where actual_handover_date is not null and" + parcels
                + " union all select parcel_id, 'START', 2, actual_start_date, null, null, null, 0 from parcel_ledger"
                + " where actual_start_date is not null and" + parcels
                + " union all select parcel_id, 'COMPLETION', 3, actual_completion_date, null, null, null, 0 from parcel_ledger"
                + " where actual_completion_date is not null and" + parcels
                + " union all select parcel_id, 'NOTICE_DELIVERY', 4, delivered_on, null, notice_no, received_by, 0 from notice"
                + " where delivered_on is not null and" + parcels
                + ") e order by parcel_id, event_day, kind_order, seq, doc_no";
        return streamed.inOneTransaction(() -> streamed.forEach(sql, (rs, n) -> new LedgerEventRow(rs.getString("parcel_id"),
                LedgerEventRow.Kind.valueOf(rs.getString("kind")), rs.getObject("event_day", LocalDate.class),
                rs.getBigDecimal("amount"), rs.getString("doc_no"), rs.getString("remark")), sink, all.toArray()));
    }

    /**
     * The ledger's total for a township and/or stage from {@code ledger_count}, which the projection keeps in the
     * same transaction as the rows: as exact as counting them, without reading a township's rows on every page.
     * Returned as a scalar subquery, its values added to {@code args}.
     */
    private static String countedParcels(LedgerFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.township() != null) {
            where.append(" and township = ?");
            args.add(LedgerTables.countedTownship(filter.township()));
        }
        if (filter.stage() != null) {
            where.append(" and stage = ?");
            args.add(filter.stage().name());
        }
        return "(select coalesce(sum(parcels), 0) from ledger_count" + where + ")";
    }

    private static final String LEDGER_COLUMNS = "select parcel_id, contract_no, parcel_code, supply_method, project_name,"
            + " land_user_name, credit_code, location, township, district_code, land_use, area_sqm, total_price, paid,"
            + " outstanding, stage, signed_on, agreed_handover_date, actual_handover_date, agreed_start_date,"
            + " actual_start_date, agreed_completion_date, actual_completion_date, idle_status, patrolled_start_stage,"
            + " patrolled_completion_stage, next_due_on, officer from parcel_ledger";

    /** A page row's open flags, as an array (standard SQL: PostgreSQL and H2 alike). */
    private static final String PAGE_FLAGS = ", array(select f.flag from parcel_flag f where f.parcel_id = parcel_ledger.parcel_id)"
            + " as open_flags";

    /** Each row starts with an empty set of flags, filled here from its {@link #PAGE_FLAGS} column. */
    private static LedgerRow withFlags(LedgerRow row, java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Array flags = rs.getArray("open_flags");
        if (flags != null) {
            for (Object flag : (Object[]) flags.getArray()) {
                row.flags().add(Flag.valueOf((String) flag));
            }
            flags.free();
        }
        return row;
    }

    private static LedgerRow ledgerRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LedgerRow(rs.getString("parcel_id"), rs.getString("contract_no"), rs.getString("parcel_code"),
                rs.getString("supply_method"), rs.getString("project_name"), rs.getString("land_user_name"),
                rs.getString("credit_code"), rs.getString("location"), rs.getString("township"),
                rs.getString("district_code"), rs.getString("land_use"),
                LandUse.of(rs.getString("land_use")).map(LandUse::name).orElse(null), rs.getBigDecimal("area_sqm"),
                rs.getBigDecimal("total_price"), rs.getBigDecimal("paid"), rs.getBigDecimal("outstanding"),
                Stage.valueOf(rs.getString("stage")), rs.getObject("signed_on", LocalDate.class),
                rs.getObject("agreed_handover_date", LocalDate.class), rs.getObject("actual_handover_date", LocalDate.class),
                rs.getObject("agreed_start_date", LocalDate.class), rs.getObject("actual_start_date", LocalDate.class),
                rs.getObject("agreed_completion_date", LocalDate.class),
                rs.getObject("actual_completion_date", LocalDate.class), rs.getString("idle_status"),
                EnumSet.noneOf(Flag.class), rs.getBoolean("patrolled_start_stage"),
                rs.getBoolean("patrolled_completion_stage"), rs.getObject("next_due_on", LocalDate.class),
                rs.getString("officer"));
    }

    /**
     * The detail with damages as of {@code asOf} (the asking day), computed, never stored. One plain
     * read of the parcel's file, outside any transaction: the desk's most frequent call costs a single
     * database round trip.
     */
    public Optional<ParcelDetail> detail(String parcelId, LocalDate asOf) {
        List<byte[]> json = jdbc.query("select state_json from parcel_file where parcel_id = ?",
                (rs, n) -> rs.getBytes(1), parcelId);
        return json.stream().findFirst().map(state -> ParcelDetail.of(state(parcelId, state), asOf));
    }

    /**
     * A parcel file as last projected: its version (the sequence of the last event folded into it) and its state,
     * or no state when the file is still at {@code knownVersion}, so that a caller holding what it rendered from
     * that version pays one small round trip to learn it is current. Empty for a parcel not (yet) projected.
     */
    public Optional<VersionedState> file(String parcelId, long knownVersion) {
        List<VersionedState> rows = jdbc.query("select last_sequence, case when last_sequence = ? then null else"
                        + " state_json end from parcel_file where parcel_id = ?",
                (rs, n) -> {
                    byte[] json = rs.getBytes(2);
                    return new VersionedState(rs.getLong(1), json == null ? null : state(parcelId, json));
                },
                knownVersion, parcelId);
        return rows.stream().findFirst();
    }

    /** A parcel's fold at a version of its file; {@code state} is null when the caller already has that version. */
    public record VersionedState(long version, org.parcelwatch.monitoring.parcel.ParcelState state) {
    }

    /**
     * Read from the column's UTF-8 bytes (PostgreSQL's driver and H2 both hand them over as stored), not from a
     * String: no decoding into a String that is thrown away, and Jackson's byte parser is the faster of its two.
     */
    private static org.parcelwatch.monitoring.parcel.ParcelState state(String parcelId, byte[] json) {
        try {
            return JSON.readValue(json, org.parcelwatch.monitoring.parcel.ParcelState.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("parcel file " + parcelId + " holds unreadable state", e);
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(String parcelId) {
        return ledger.existsById(parcelId);
    }

    static Specification<LedgerEntry> matching(LedgerFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.township() != null) {
                where.add(cb.equal(root.get("township"), filter.township()));
            }
            if (filter.stage() != null) {
                where.add(cb.equal(root.get("stage"), filter.stage()));
            }
            if (filter.flag() != null) {
                // parcel_flag's (flag, parcel_id) index answers this semi-join
                Subquery<String> flagged = query.subquery(String.class);
                var flagRoot = flagged.from(LedgerEntry.class);
                var flags = flagRoot.join("flags");
                flagged.select(flagRoot.get("parcelId")).where(cb.equal(flags, filter.flag()));
                where.add(root.get("parcelId").in(flagged));
            }
            if (filter.officer() != null) {
                where.add(cb.equal(root.get("officer"), filter.officer()));
            }
            if (filter.landUse() != null) {
                where.add(cb.equal(root.get("landUse"), filter.landUse()));
            }
            if (filter.year() != null) {
                where.add(cb.between(root.get("signedOn"), LocalDate.of(filter.year(), 1, 1),
                        LocalDate.of(filter.year(), 12, 31)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
