package org.parcelwatch.projections;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start every test of one projection shares: the projection under test ({@code P}, the bean of that type), the
 * {@link EventDelivery} that hands it events, the JDBC template its rows are read with, and a reset of the
 * projection before each test, since all test classes share one context and so one database ({@link ProjectionTest}).
 *
 * @param <P> the projection's handler bean
 */
@ProjectionTest
public abstract class ProjectionTestSupport<P> {

    @Autowired
    protected P projection;
    @Autowired
    protected EventDelivery delivery;
    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void emptyTables() {
        reset();
    }

    /** The reset before a replay: the projection empties its tables. */
    protected void reset() {
        delivery.reset(projection);
    }

    /** The events to the projection in one batch of its processor. */
    protected void inOneBatch(List<? extends EventMessage<?>> events) {
        delivery.inOneBatch(projection, events);
    }

    /** The events to the projection each in a batch of its own, as live traffic arrives. */
    protected void oneByOne(List<? extends EventMessage<?>> events) {
        delivery.oneByOne(projection, events);
    }

    /** The answer to a query, a line per row ({@link TableRows}). */
    protected List<String> tableRows(String sql, Object... args) {
        return TableRows.of(jdbc, sql, args);
    }
}
