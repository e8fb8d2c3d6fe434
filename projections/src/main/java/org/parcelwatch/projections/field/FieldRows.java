package org.parcelwatch.projections.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field-work rows as the group's rules ({@link FieldWorkProjection#RULES}) reach them: the tables, for the
 * processor, or a batch of aggregates' rows in memory, for a rebuild ({@link FieldWorkRebuild}). A row is a map of its
 * columns' values; its key, the columns of the table's primary key.
 */
interface FieldRows {

    /** Sets {@code set} on the row of {@code key}; false when there is no such row. */
    boolean update(String table, Map<String, Object> key, Map<String, Object> set);

    /** A new row of {@code key} and {@code values}; columns not named are null. */
    void insert(String table, Map<String, Object> key, Map<String, Object> values);

    /** The {@code columns} of the row of {@code key}; null when there is no such row. */
    Map<String, Object> read(String table, Map<String, Object> key, List<String> columns);

    /** Columns and their values, in order: name, value, name, value... (values may be null). */
    static Map<String, Object> columns(Object... nameThenValue) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            columns.put((String) nameThenValue[i], nameThenValue[i + 1]);
        }
        return columns;
    }

    /** The row of {@code key} changed by {@code set}, else a new row of the key, {@code set} and {@code insertOnly}. */
    default void upsert(String table, Map<String, Object> key, Map<String, Object> set, Map<String, Object> insertOnly) {
        if (!update(table, key, set)) {
            Map<String, Object> values = new LinkedHashMap<>(set);
            values.putAll(insertOnly);
            insert(table, key, values);
        }
    }
}
