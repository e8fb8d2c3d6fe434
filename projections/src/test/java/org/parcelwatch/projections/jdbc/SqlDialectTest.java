package org.parcelwatch.projections.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parcelwatch.projections.ProjectionTest;
import org.parcelwatch.projections.ProjectionTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DelegatingDataSource;

@ProjectionTest
class SqlDialectTest {

    private static final SqlDialect EXPECTED =
            SqlDialect.valueOf(ProjectionTestDatabase.database().toUpperCase(Locale.ROOT));

    @Autowired
    DataSource dataSource;

    @Test
    void aDataSourceIsAskedOnceAndAConnectionEachTime() throws SQLException {
        AtomicInteger borrowed = new AtomicInteger();
        DataSource counting = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                borrowed.incrementAndGet();
                return super.getConnection();
            }
        };

        assertThat(SqlDialect.of(counting)).isEqualTo(EXPECTED);
        assertThat(SqlDialect.of(counting)).isEqualTo(EXPECTED);
        assertThat(borrowed).hasValue(1);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(SqlDialect.of(connection)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void anotherDatabaseIsRefused() {
        assertThat(SqlDialect.ofProduct("PostgreSQL")).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(SqlDialect.ofProduct("H2")).isEqualTo(SqlDialect.H2);
        assertThatIllegalStateException().isThrownBy(() -> SqlDialect.ofProduct("HSQL Database Engine"))
                .withMessage("Parcelwatch runs on PostgreSQL or H2, not on HSQL Database Engine");
    }
}
