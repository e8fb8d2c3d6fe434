package org.parcelwatch.projections.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parcelwatch.projections.ProjectionTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

@ProjectionTest
class InListChunksTest {

    @Autowired
    DataSource dataSource;

    @Test
    void manyKeysAreReadInListsOfAtMostFiveHundredInTheirOrder() {
        List<List<Object>> statements = new ArrayList<>();
        JdbcTemplate recording = new JdbcTemplate(dataSource) {
            @Override
            public void query(String sql, RowCallbackHandler rows, Object... args) {
                assertThat(sql).endsWith("where parcel_id in (" + InListChunks.marks(args.length) + ")");
                statements.add(Arrays.asList(args));
                super.query(sql, rows, args);
            }
        };
        List<String> keys = IntStream.rangeClosed(1, 1_201).mapToObj(i -> "P" + i).toList();
        List<Long> counts = new ArrayList<>();

        InListChunks.query(recording, marks -> "select count(*) from parcel_flag where parcel_id in (" + marks + ")", keys,
                rs -> counts.add(rs.getLong(1)));

        assertThat(statements).extracting(List::size).containsExactly(500, 500, 201);
        assertThat(statements.stream().flatMap(List::stream).toList()).isEqualTo(keys);
        assertThat(counts).containsExactly(0L, 0L, 0L);
    }

    @Test
    void noKeysAskNothing() {
        InListChunks.query(new JdbcTemplate(dataSource), marks -> {
            throw new AssertionError("no statement for no keys");
        }, List.of(), rs -> {
            throw new AssertionError("no rows for no keys");
        });
        assertThat(InListChunks.marks(3)).isEqualTo("?, ?, ?");
    }
}
