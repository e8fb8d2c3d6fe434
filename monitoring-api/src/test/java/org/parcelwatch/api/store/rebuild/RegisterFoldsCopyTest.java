package org.parcelwatch.api.store.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.admin.ProjectionReplayCoordinator;
import org.parcelwatch.api.application.seed.SeedLoader;
import org.parcelwatch.api.store.axon.EventHistory;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildFold;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The registers beside the ledger (notices, breach register, idle referrals, field work) folded from the event store
 * into shadow tables with COPY, as a rebuild writes them (issue 18): after the sample county's import, each group's
 * shadow tables hold the rows its processor wrote, column for column, each value as COPY's text gave it to
 * PostgreSQL. The folds' own rules are tested against their handlers in the projections module.
 */
@PostgresTest
// a database of its own: the sample county is loaded only into an empty store
@TestPropertySource(properties = "parcelwatch.test.context=register-folds")
@DirtiesContext
class RegisterFoldsCopyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** A fresh fold reads nothing but the events it is given. */
    private static final Histories NONE = (ids, events) -> {
        throw new AssertionError("a fresh fold read histories of " + ids);
    };

    @Autowired
    SeedLoader seed;
    @Autowired
    ProjectionReplayCoordinator coordinator;
    @Autowired
    ShadowTables shadows;
    @Autowired
    EventHistory history;
    @Autowired
    List<RebuildableProjection> projections;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachRegisterFoldedIntoItsShadowTablesEqualsItsLiveTables() {
        seed.loadIfNeeded();
        List<RebuildableProjection> registers = projections.stream()
                .filter(p -> !p.group().equals(ParcelLedgerProjection.GROUP)).toList();
        assertThat(registers).extracting(RebuildableProjection::group)
                .containsExactlyInAnyOrder("notices", "breach-register", "idle-referrals", "field-work");
        for (RebuildableProjection register : registers) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(coordinator.progress(register.group()).caughtUp()).isTrue());
        }
        long head = history.head();
        for (RebuildableProjection register : registers) {
            Map<String, List<Map<String, Object>>> live = tables("public", register.tables());
            assertThat(live.values().stream().mapToInt(List::size).sum()).as("the sample county has %s", register.group())
                    .isPositive();
            ShadowTables.Shadow shadow = shadows.create(register.group(), register.tables(), register.keyedWhileWritten());
            try {
                shadows.write(List.of(shadow), session -> {
                    DataSource target = session.target();
                    RebuildFold fold = register.rebuildInto(target, CopyRows.into(target), NONE);
                    history.byAggregate(head, rows -> {
                        history.deserialize(rows).forEach(e -> fold.add(e.getAggregateIdentifier(), e.getSequenceNumber(),
                                e.getTimestamp(), e.getPayload()));
                        if (fold.pending() >= 50) {
                            fold.write(true);
                        }
                    });
                    fold.write(true);
                });
                shadow.buildIndexes();
                assertThat(tables(shadow.schema(), register.tables())).as(register.group()).isEqualTo(live);
            } finally {
                shadow.drop();
            }
        }
    }

    /** Each table's rows in the order of all its columns. */
    private Map<String, List<Map<String, Object>>> tables(String schema, List<String> names) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : names) {
            Integer columns = jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ?"
                    + " and table_name = ?", Integer.class, schema, table);
            StringBuilder order = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
                order.append(i == 1 ? "" : ", ").append(i);
            }
            tables.put(table, jdbc.queryForList("select * from " + schema + "." + table + " order by " + order));
        }
        return tables;
    }
}
