package org.parcelwatch.projections;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/** Query answers as one line per row, the columns' values joined by {@code " | "}: rows a test can spell out. */
public final class TableRows {

    private TableRows() {
    }

    public static List<String> of(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> line(rs), args);
    }

    private static String line(ResultSet rs) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            values.add(Objects.toString(rs.getObject(i)));
        }
        return String.join(" | ", values);
    }
}
