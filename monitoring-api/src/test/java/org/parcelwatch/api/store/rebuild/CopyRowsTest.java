package org.parcelwatch.api.store.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PostgresDatabase;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The COPY text a rebuild streams stores what the batched inserts of live handling store, value for value, hostile
 * text included: a tab, a newline, a carriage return, a backslash, the literal text {@code \N}, quotes, Chinese text,
 * the empty string beside NULL; numerics with their scale, dates, timestamps rounded to the microsecond, booleans.
 */
class CopyRowsTest {

    private static final List<String> COLUMNS = List.of("id", "name", "amount", "due", "at", "flag", "tags", "year");

    @Test
    void aRowIsTabSeparatedWithNullAsBackslashNAndTheSpecialCharactersEscaped() {
        CopyText text = new CopyText().row(new Object[] {"a\tb\nc\rd\\e", null, "", "\\N", "\"引号\" 中文", 7L, true});
        assertThat(text.text()).isEqualTo("a\\tb\\nc\\rd\\\\e\t\\N\t\t\\\\N\t\"引号\" 中文\t7\tt\n");
        assertThat(CopyText.literal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CopyText.literal(OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 123_456_500, ZoneOffset.ofHours(8))))
                .isEqualTo("2026-12-01 00:00:00.123457+00");
        assertThat(CopyText.literal(List.of("a,b", "", "\"x\\"))).isEqualTo("{\"a,b\",\"\",\"\\\"x\\\\\"}");
        assertThatThrownBy(() -> CopyText.literal(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copiedRowsEqualInsertedRowsColumnForColumn() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        String[] hostile = {"tab\there", "line\nbreak", "carriage\rreturn", "back\\slash", "\\N", "\\\\N", "'single' \"double\"",
                "宗地 G-2026-017 号（城东镇）", "", null, "trailing\\", "\\t literal", "emoji 🏗️ and , comma {brace}"};
        for (int i = 0; i < hostile.length; i++) {
            rows.add(new Object[] {i, hostile[i], i % 3 == 0 ? null : new BigDecimal("1234567.50").add(BigDecimal.valueOf(i)),
                    i % 4 == 0 ? null : LocalDate.of(2026, 2, 28).plusDays(i),
                    i % 5 == 0 ? null : OffsetDateTime.of(2026, 12, 1, 3, 57, 41, 251_543_222 + i * 100, ZoneOffset.UTC),
                    i % 2 == 0, i % 6 == 0 ? null : Arrays.asList(hostile[i], "NULL", null), i % 7 == 0 ? null : 2026 + i});
        }
        try (PostgresDatabase database = PostgresDatabase.create(); Connection connection = database.connect()) {
            SingleConnectionDataSource target = new SingleConnectionDataSource(connection, true);
            JdbcTemplate jdbc = new JdbcTemplate(target);
            for (String table : List.of("inserted", "copied")) {
                jdbc.execute("create table " + table + " (id int, name text, amount numeric(14, 2), due date, at timestamptz,"
                        + " flag boolean, tags text[], year int)");
            }
            RowInserts.batched(jdbc).insert("inserted", COLUMNS, rows.stream().map(CopyRowsTest::bindable).toList());
            CopyRows.into(target).insert("copied", COLUMNS, rows);
            CopyRows.into(target).insert("copied", COLUMNS, List.of());

            String select = "select id, name, amount::text, due::text, at, flag, tags::text, year from %s order by id";
            List<Map<String, Object>> inserted = jdbc.queryForList(select.formatted("inserted"));
            List<Map<String, Object>> copied = jdbc.queryForList(select.formatted("copied"));
            assertThat(copied).hasSize(hostile.length).isEqualTo(inserted);
            assertThat(jdbc.queryForList("select name from copied order by id", String.class)).containsExactly(hostile);
            assertThat(jdbc.queryForObject("select count(*) from copied where name = ''", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from copied where name is null", Integer.class)).isEqualTo(1);
        }
    }

    /** The driver binds a list as nothing it knows; live handling binds arrays as Java arrays. */
    private static Object[] bindable(Object[] row) {
        Object[] bound = row.clone();
        if (bound[6] instanceof List<?> list) {
            bound[6] = list.toArray(new String[0]);
        }
        return bound;
    }

}
