package org.parcelwatch.api.store.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * New rows streamed into PostgreSQL with {@code COPY … FROM STDIN} ({@link CopyText}) instead of insert statements:
 * one stream per table and batch, nothing parsed or planned per row. For a rebuild's shadow tables, written on the
 * connection of {@link ShadowTables#write} (one for each of a rebuild's workers); the live processors keep their batched inserts.
 */
public final class CopyRows implements RowInserts {

    private final DataSource target;

    private CopyRows(DataSource target) {
        this.target = target;
    }

    /** Rows into the tables {@code target}'s connection reaches (its search path). */
    public static RowInserts into(DataSource target) {
        return new CopyRows(target);
    }

    @Override
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        CopyText text = new CopyText();
        rows.forEach(text::row);
        byte[] bytes = text.bytes();
        Connection connection = DataSourceUtils.getConnection(target);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("copying " + rows.size() + " rows into " + table + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, target);
        }
    }
}
