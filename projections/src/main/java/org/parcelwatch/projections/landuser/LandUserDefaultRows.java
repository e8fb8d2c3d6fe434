package org.parcelwatch.projections.landuser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.parcelwatch.monitoring.landuser.OpenDefaults;
import org.parcelwatch.projections.jdbc.BatchUpdates;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the land users' records (诚信档案): {@code land_user_default}, a row per open default of a parcel, keyed by
 * the parcel and the kind and read by credit code. The parcel-ledger group calls it in its batch, with each changed
 * parcel's defaults before and after the batch's events, both from the one fold ({@link OpenDefaults}): only the rows
 * that differ are written, and a parcel's events that leave its defaults alone (most of them) write nothing.
 */
@Component
public class LandUserDefaultRows {

    /** The table, which the parcel-ledger group empties on reset. */
    public static final String TABLE = "land_user_default";

    private final JdbcTemplate jdbc;
    private final RowInserts inserts;

    @Autowired
    public LandUserDefaultRows(DataSource dataSource) {
        this(dataSource, RowInserts.batched(new JdbcTemplate(dataSource)));
    }

    /** {@code inserts}: where new rows go (a rebuild streams them). */
    public LandUserDefaultRows(DataSource dataSource, RowInserts inserts) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.inserts = inserts;
    }

    /** A parcel's defaults before its events of a batch were folded, and its fold after them. */
    public record Change(List<LandUserDefault> before, ParcelState after) {
    }

    /** The defaults of a fold as the record keeps them: none for a parcel whose land user names no credit code. */
    public static List<LandUserDefault> of(ParcelState state) {
        return creditCode(state) == null ? List.of() : OpenDefaults.of(state);
    }

    public void write(Collection<Change> changes) {
        List<Object[]> gone = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        for (Change change : changes) {
            String creditCode = creditCode(change.after());
            Map<LandUserDefault.Kind, LandUserDefault> before = byKind(change.before());
            Map<LandUserDefault.Kind, LandUserDefault> after = byKind(of(change.after()));
            before.keySet().stream().filter(kind -> !after.containsKey(kind))
                    .forEach(kind -> gone.add(new Object[] {before.get(kind).parcelId(), kind.name()}));
            after.forEach((kind, now) -> {
                LandUserDefault was = before.get(kind);
                if (was == null) {
                    added.add(row(now, creditCode));
                } else if (!Objects.equals(was, now)) {
                    changed.add(row(now, creditCode));
                }
            });
        }
        BatchUpdates.rows(jdbc, "delete from " + TABLE + " where parcel_id = ? and kind = ?", gone);
        inserts.insert(TABLE, List.of("credit_code", "amount", "reference_no", "arisen_on", "parcel_id", "kind"), added);
        BatchUpdates.rows(jdbc, "update " + TABLE + " set credit_code = ?, amount = ?, reference_no = ?, arisen_on = ?"
                + " where parcel_id = ? and kind = ?", changed);
    }

    private static Object[] row(LandUserDefault d, String creditCode) {
        return new Object[] {creditCode, d.amount(), d.referenceNo(), d.arisenOn(), d.parcelId(), d.kind().name()};
    }

    private static Map<LandUserDefault.Kind, LandUserDefault> byKind(List<LandUserDefault> defaults) {
        return defaults.stream().collect(Collectors.toMap(LandUserDefault::kind, Function.identity()));
    }

    private static String creditCode(ParcelState state) {
        return state.contract() == null || state.contract().landUser() == null ? null
                : state.contract().landUser().creditCode();
    }
}
