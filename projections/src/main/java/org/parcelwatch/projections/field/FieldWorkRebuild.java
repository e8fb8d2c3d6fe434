package org.parcelwatch.projections.field;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.parcelwatch.monitoring.complaint.ComplaintEvent;
import org.parcelwatch.projections.jdbc.InListChunks;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildFold;
import org.parcelwatch.projections.rebuild.RefoldingRebuild;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The field-work fold fed by a rebuild: a batch of aggregates' events changes rows in memory by the group's own rules
 * ({@link FieldWorkProjection#RULES}), and each row is written once. Two kinds of stream feed it: a parcel's (its
 * officer, its tasks, its complaints) and an address complaint's (the complaint and its task, keyed by
 * {@link FieldWorkProjection#NO_PARCEL} and the complaint id). A tail deletes the rows of its aggregates, by kind, and
 * folds their whole histories again ({@link RefoldingRebuild}).
 */
final class FieldWorkRebuild implements RefoldingRebuild.Fold {

    /** The group's tables, each with every column. */
    static final Map<String, List<String>> TABLES = tables(
            FieldWorkProjection.TASK, List.of("parcel_id", "task_id", "kind", "officer", "due_on", "do_by", "assigned_on",
                    "complaint_id", "done_on", "done_on_time", "township", "address"),
            FieldWorkProjection.OFFICER, List.of("parcel_id", "officer", "township", "assigned_on"),
            FieldWorkProjection.COMPLAINT, List.of("complaint_id", "parcel_id", "source", "contact", "content", "address",
                    "received_on", "outcome", "substantiated", "decided_on", "township"));

    private final JdbcTemplate target;
    private final RowInserts inserts;

    private FieldWorkRebuild(DataSource target, RowInserts inserts) {
        this.target = new JdbcTemplate(target);
        this.inserts = inserts;
    }

    static RebuildFold into(DataSource target, RowInserts inserts, Histories histories) {
        return new RefoldingRebuild(FieldWorkProjection.RULES::handles, histories, new FieldWorkRebuild(target, inserts));
    }

    @Override
    public void write(Map<String, List<Object>> histories) {
        RowsInMemory rows = new RowsInMemory();
        histories.values().forEach(events -> events.forEach(e -> FieldWorkProjection.RULES.apply(rows, e)));
        TABLES.forEach((table, columns) -> {
            List<Object[]> values = new ArrayList<>();
            rows.of(table).forEach(row -> values.add(columns.stream().map(row::get).toArray()));
            inserts.insert(table, columns, values);
        });
    }

    @Override
    public void delete(Map<String, List<Object>> aggregates) {
        List<String> parcels = new ArrayList<>();
        List<String> complaints = new ArrayList<>();
        aggregates.forEach((id, events) -> (events.get(0) instanceof ComplaintEvent ? complaints : parcels).add(id));
        for (String table : TABLES.keySet()) {
            InListChunks.update(target, marks -> "delete from " + table + " where parcel_id in (" + marks + ")", parcels);
        }
        InListChunks.update(target, marks -> "delete from " + FieldWorkProjection.COMPLAINT + " where complaint_id in ("
                + marks + ")", complaints);
        InListChunks.update(target, marks -> "delete from " + FieldWorkProjection.TASK + " where parcel_id = '"
                + FieldWorkProjection.NO_PARCEL + "' and task_id in (" + marks + ")", complaints);
    }

    private static Map<String, List<String>> tables(Object... tableThenColumns) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (int i = 0; i < tableThenColumns.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> columns = (List<String>) tableThenColumns[i + 1];
            tables.put((String) tableThenColumns[i], columns);
        }
        return tables;
    }

    /** A batch's rows in memory, by table and key, in the order inserted. */
    private static final class RowsInMemory implements FieldRows {

        private final Map<String, Map<List<Object>, Map<String, Object>>> tables = new HashMap<>();

        @Override
        public boolean update(String table, Map<String, Object> key, Map<String, Object> set) {
            Map<String, Object> row = rows(table).get(List.copyOf(key.values()));
            if (row == null) {
                return false;
            }
            row.putAll(set);
            return true;
        }

        @Override
        public void insert(String table, Map<String, Object> key, Map<String, Object> values) {
            Map<String, Object> row = new HashMap<>(key);
            row.putAll(values);
            if (!TABLES.get(table).containsAll(row.keySet())) {
                // a column the table lacks would be lost here, while the processor's insert fails on it
                throw new IllegalArgumentException(table + " has not all of the columns " + row.keySet());
            }
            rows(table).put(List.copyOf(key.values()), row);
        }

        @Override
        public Map<String, Object> read(String table, Map<String, Object> key, List<String> columns) {
            Map<String, Object> row = rows(table).get(List.copyOf(key.values()));
            if (row == null) {
                return null;
            }
            Map<String, Object> read = new LinkedHashMap<>();
            columns.forEach(column -> read.put(column, row.get(column)));
            return read;
        }

        Iterable<Map<String, Object>> of(String table) {
            return rows(table).values();
        }

        private Map<List<Object>, Map<String, Object>> rows(String table) {
            return tables.computeIfAbsent(table, t -> new LinkedHashMap<>());
        }
    }
}
