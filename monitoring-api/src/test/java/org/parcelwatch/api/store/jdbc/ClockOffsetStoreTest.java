package org.parcelwatch.api.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PostgresDatabase;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The shared clock's offset only moves forward through a move: a node that had not read a later move loses. */
class ClockOffsetStoreTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    private PostgresDatabase database;
    private ClockOffsetStore store;

    @BeforeEach
    void createTable() {
        database = PostgresDatabase.create();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.user(),
                database.password());
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V30__sweep_runs_and_business_clock.sql"))
                .execute(dataSource);
        store = new ClockOffsetStore(new JdbcTemplate(dataSource));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void aMoveBehindTheStoredOffsetIsNotStored() {
        assertThat(store.advance(Duration.ofDays(41), TODAY.plusDays(41))).as("the first move").isTrue();
        assertThat(store.advance(Duration.ofDays(10), TODAY.plusDays(10))).as("a node still on the old date").isFalse();
        assertThat(store.load()).contains(Duration.ofDays(41));

        assertThat(store.advance(Duration.ofDays(41), TODAY.plusDays(41))).as("the same day again").isTrue();
        assertThat(store.advance(Duration.ofDays(50), TODAY.plusDays(50))).isTrue();
        assertThat(store.load()).contains(Duration.ofDays(50));
    }

    @Test
    void settingTheClockBackOnAnEmptyEventStoreIsStoredAsItIs() {
        store.advance(Duration.ofDays(41), TODAY.plusDays(41));

        store.save(Duration.ofDays(-700), TODAY.minusDays(700));

        assertThat(store.load()).contains(Duration.ofDays(-700));
    }
}
