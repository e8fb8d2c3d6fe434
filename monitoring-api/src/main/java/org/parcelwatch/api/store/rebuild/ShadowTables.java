package org.parcelwatch.api.store.rebuild;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.parcelwatch.projections.jdbc.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tables built beside the live ones and switched in at once (PostgreSQL): a schema of their own holds a copy of each
 * live table's columns, defaults, checks, storage and compression settings, without indexes while it is filled; the indexes, keys
 * and column statistics settings of the live tables follow once it is full, and one transaction then moves the live tables out
 * and the shadow tables in. The desk reads the live tables all along and waits only for that transaction.
 *
 * <p>The rebuild writes with the projection's own SQL, which names tables without a schema: its connection's search
 * path names the shadow schema only.
 */
@Component
public class ShadowTables {

    private static final String LIVE = "public";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public ShadowTables(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Whether the database can do it; elsewhere (H2) a projection is rebuilt in place. */
    public boolean supported() {
        return SqlDialect.of(dataSource) == SqlDialect.POSTGRESQL;
    }

    /** The schema that holds the shadow of the projection {@code name}'s tables while it is rebuilt. */
    public static String schemaOf(String name) {
        return "rebuild_" + name.replaceAll("[^a-z0-9]", "_");
    }

    /**
     * A fresh, empty shadow of {@code tables} for the projection {@code name} (a shadow left by a failed run is
     * dropped). {@code keyedAtOnce}: tables that get their keys now, not at the end (one an upsert writes needs its key).
     */
    public Shadow create(String name, List<String> tables, List<String> keyedAtOnce) {
        Shadow shadow = new Shadow(schemaOf(name), tables);
        shadow.drop();
        jdbc.execute("create schema " + shadow.schema);
        for (String table : tables) {
            jdbc.execute("create table " + shadow.schema + "." + table + " (like " + LIVE + "." + table
                    + " including defaults including constraints including storage including compression including comments)");
            // the live table's storage settings before any row is written: a fillfactor leaves its room in every page
            // the COPY fills (room for the sweep's in-place updates), which setting it afterwards would not
            String options = jdbc.queryForObject("select array_to_string(reloptions, ', ') from pg_class where oid ="
                    + " cast(? as regclass)", String.class, LIVE + "." + table);
            if (options != null && !options.isEmpty()) {
                jdbc.execute("alter table " + shadow.schema + "." + table + " set (" + options + ")");
            }
            if (keyedAtOnce.contains(table)) {
                shadow.buildKeys(table);
            }
        }
        shadow.keyed.addAll(keyedAtOnce);
        return shadow;
    }

    /** One projection's shadow tables. */
    public final class Shadow {

        private final String schema;
        private final List<String> tables;
        private final java.util.Set<String> keyed = new java.util.HashSet<>();

        private Shadow(String schema, List<String> tables) {
            this.schema = schema;
            this.tables = List.copyOf(tables);
        }

        public String schema() {
            return schema;
        }

        /**
         * The live tables' primary and unique keys, indexes and column statistics settings, built on the full shadow
         * tables (one sort each instead of an index entry per row written), then statistics for the planner.
         */
        public void buildIndexes() {
            for (String table : tables) {
                String live = LIVE + "." + table;
                String shadow = schema + "." + table;
                if (!keyed.contains(table)) {
                    buildKeys(table);
                }
                for (String index : jdbc.queryForList("select pg_get_indexdef(i.indexrelid) from pg_index i"
                        + " where i.indrelid = cast(? as regclass) and not exists (select 1 from pg_constraint k"
                        + " where k.conindid = i.indexrelid) order by i.indexrelid", String.class, live)) {
                    jdbc.execute(index.replace(" ON " + live + " ", " ON " + shadow + " "));
                }
                for (Map<String, Object> column : jdbc.queryForList("select attname, array_to_string(attoptions, ', ') as options"
                        + " from pg_attribute where attrelid = cast(? as regclass) and attoptions is not null", live)) {
                    jdbc.execute("alter table " + shadow + " alter column " + column.get("attname") + " set ("
                            + column.get("options") + ")");
                }
                jdbc.execute("analyze " + shadow);
            }
        }

        private void buildKeys(String table) {
            for (Map<String, Object> key : jdbc.queryForList("select conname, pg_get_constraintdef(oid) as def from pg_constraint"
                    + " where conrelid = cast(? as regclass) and contype in ('p', 'u', 'x') order by contype, conname",
                    LIVE + "." + table)) {
                jdbc.execute("alter table " + schema + "." + table + " add constraint " + key.get("conname") + " " + key.get("def"));
            }
        }

        /** Drops the shadow (a failed or abandoned rebuild). */
        public void drop() {
            jdbc.execute("drop schema if exists " + schema + " cascade");
            jdbc.execute("drop schema if exists " + schema + "_retired cascade");
        }
    }

    /** A connection into shadow tables: the data source bound to it, and its transaction committed so far. */
    public interface Session {

        /** The connection as a data source (its search path names the shadows' schemas only). */
        DataSource target();

        /** Commits what was written so far (a fold commits per batch, so that rows it upserts stay locked briefly). */
        void commit();

        /**
         * Runs {@code work} within a savepoint: what it wrote is kept if it succeeds; if it fails, the transaction is
         * taken back to where the work began (and goes on usable) and the failure is thrown.
         */
        void attempt(Runnable work);

        /**
         * Runs {@code work} within a savepoint and takes the transaction back to where it began either way; returns
         * the failure, or null if it wrote.
         */
        RuntimeException tryOut(Runnable work);
    }

    /**
     * Runs {@code work} with a data source bound to one connection whose search path names the schemas of
     * {@code shadows} (several projections' tables, no two of the same name), in a transaction committed at the end
     * and wherever the work commits, without waiting for the flush (a failed rebuild starts again). The connection
     * leaves the pool afterwards: its session settings and prepared statements are the shadows'.
     */
    public void write(List<Shadow> shadows, java.util.function.Consumer<Session> work) {
        try {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("set search_path to " + String.join(", ", shadows.stream().map(Shadow::schema).toList()));
                    s.execute("set synchronous_commit to off");
                }
                SingleConnectionDataSource session = new SingleConnectionDataSource(c, true);
                work.accept(new Session() {
                    @Override
                    public DataSource target() {
                        return session;
                    }

                    @Override
                    public void commit() {
                        try {
                            c.commit();
                        } catch (SQLException e) {
                            throw new IllegalStateException("committing into the shadow tables failed", e);
                        }
                    }

                    @Override
                    public void attempt(Runnable work) {
                        RuntimeException failure = inSavepoint(work, true);
                        if (failure != null) {
                            throw failure;
                        }
                    }

                    @Override
                    public RuntimeException tryOut(Runnable work) {
                        return inSavepoint(work, false);
                    }

                    private RuntimeException inSavepoint(Runnable work, boolean keep) {
                        try {
                            Savepoint before = c.setSavepoint();
                            RuntimeException failure = null;
                            try {
                                work.run();
                            } catch (RuntimeException e) {
                                failure = e;
                            }
                            if (failure == null && keep) {
                                c.releaseSavepoint(before);
                            } else {
                                c.rollback(before);
                            }
                            return failure;
                        } catch (SQLException e) {
                            throw new IllegalStateException("a savepoint in the shadow tables failed", e);
                        }
                    }
                });
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                retire(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the shadow tables in " + shadows.stream().map(Shadow::schema).toList()
                    + " failed", e);
        }
    }

    /**
     * In one transaction, with {@code alongside} (the processors' tokens): the live tables of every one of
     * {@code shadows} move to a retired schema and the shadow tables take their place, so that a reader sees either all
     * old or all new tables. The retired tables are dropped after the commit.
     */
    public void switchIn(List<Shadow> shadows, Runnable alongside) {
        for (Shadow shadow : shadows) {
            jdbc.execute("drop schema if exists " + shadow.schema + "_retired cascade");
        }
        transactions.executeWithoutResult(status -> {
            for (Shadow shadow : shadows) {
                String retired = shadow.schema + "_retired";
                jdbc.execute("create schema " + retired);
                for (String table : shadow.tables) {
                    jdbc.execute("alter table " + LIVE + "." + table + " set schema " + retired);
                    jdbc.execute("alter table " + shadow.schema + "." + table + " set schema " + LIVE);
                }
            }
            alongside.run();
        });
        for (Shadow shadow : shadows) {
            jdbc.execute("drop schema " + shadow.schema + "_retired cascade");
            jdbc.execute("drop schema " + shadow.schema + " cascade");
        }
    }

    /** The most connections a rebuild may hold at once besides the pool's other users: half the pool, at least one. */
    public int connectionsToSpare() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return Math.max(1, dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() / 2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Integer.MAX_VALUE;
    }

    /** Closes the connection for good where the pool allows it (eviction closes it), else resets and returns it. */
    private void retire(Connection c) throws SQLException {
        HikariDataSource pool = dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        if (pool != null) {
            pool.evictConnection(c);
            return;
        }
        try (c; Statement s = c.createStatement()) {
            s.execute("reset search_path");
            s.execute("reset synchronous_commit");
            c.setAutoCommit(true);
        }
    }
}
