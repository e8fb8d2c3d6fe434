package org.parcelwatch.projections.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection batch's writes of one kind as one JDBC batch of one statement: nothing is sent when there is nothing
 * to write, and each value is bound as it is ({@link PreparedStatement#setObject(int, Object)}, nulls included).
 */
public final class BatchUpdates {

    private BatchUpdates() {
    }

    /** Binds one item's values to the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    /** The statement once per item, in one batch. */
    public static <T> void of(JdbcTemplate jdbc, String sql, List<T> items, Binder<T> binder) {
        if (!items.isEmpty()) {
            jdbc.batchUpdate(sql, items, items.size(), binder::bind);
        }
    }

    /** The statement once per row, its values bound in order to the statement's parameters. */
    public static void rows(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        of(jdbc, sql, rows, (statement, row) -> {
            for (int i = 0; i < row.length; i++) {
                statement.setObject(i + 1, row[i]);
            }
        });
    }
}
