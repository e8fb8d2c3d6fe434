package org.parcelwatch.projections.jdbc;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A query whose rows go one by one to a consumer instead of into a list: how a whole register (a county's
 * million-row ledger) is exported without being held in memory. The rows are fetched {@link #FETCH_SIZE} at a
 * time, inside one read-only transaction: PostgreSQL's driver honours a fetch size only with autocommit off (it
 * otherwise reads the whole result before the first row), and one transaction also gives the export one snapshot.
 */
@Component
public class StreamedRows {

    /** Rows per round trip: few enough to bound the memory, many enough that round trips do not dominate. */
    static final int FETCH_SIZE = 1_000;

    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    public StreamedRows(DataSource dataSource, PlatformTransactionManager transactions) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /** Runs the query and hands each mapped row to {@code sink}, in the query's order; returns the rows sent. */
    public <T> long forEach(String sql, RowMapper<T> mapper, Consumer<? super T> sink, Object... args) {
        Long sent = readOnly.execute(status -> {
            long[] rows = {0};
            streaming.query(sql, rs -> {
                sink.accept(mapper.mapRow(rs, (int) Math.min(rows[0], Integer.MAX_VALUE)));
                rows[0]++;
            }, args);
            return rows[0];
        });
        return sent == null ? 0 : sent;
    }

    /**
     * Runs {@code work} in the read-only transaction the queries of {@link #forEach} then join: for a reader that
     * hands on its last row only after the query (one that groups rows) and must do so inside the same transaction.
     */
    public long inOneTransaction(java.util.function.LongSupplier work) {
        Long sent = readOnly.execute(status -> work.getAsLong());
        return sent == null ? 0 : sent;
    }

    /** An enum column: the constant of that name, or null for SQL null. */
    public static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
