package org.parcelwatch.api.application.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.projections.schedule.DueParcels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The sweep's reading of the monitoring schedule, on PostgreSQL; rows written here are rolled back. */
@PostgresTest
@Transactional
class DueParcelsTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 3, 10);

    @Autowired
    DueParcels dueParcels;
    @Autowired
    JdbcTemplate jdbc;

    private final String prefix = "DUE" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void everyParcelWithAPendingPointDueIsListedOnceAcrossPagesAndNothingElse() {
        point("A", "PAYMENT_REMINDER", "installment 1", TODAY.minusDays(3), "PENDING");
        point("A", "PAYMENT_OVERDUE", "installment 1", TODAY, "PENDING");
        point("B", "START_MISSED", "start", TODAY.minusDays(40), "PENDING");
        point("C", "START_REMINDER", "start", TODAY.minusDays(1), "DONE");
        point("D", "COMPLETION_REMINDER", "completion", TODAY.plusDays(1), "PENDING");
        point("E", "PAYMENT_REMINDER", "installment 2", TODAY.minusDays(3), "PENDING");
        point("E", "IDLE_NOT_STARTED", "start", TODAY.minusDays(2), "PENDING");
        point("F", "PAYMENT_OVERDUE", "installment 1", TODAY, "PENDING");

        DueParcels.Pages pages = dueParcels.asOf(TODAY, 2);
        List<String> listed = new ArrayList<>();
        for (List<String> page = pages.next(); !page.isEmpty(); page = pages.next()) {
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            page.stream().filter(id -> id.startsWith(prefix)).forEach(listed::add);
        }

        // B fired first (oldest point), then A and E; F on the day itself; C is done, D is not due yet
        assertThat(listed).containsExactly(id("B"), id("A"), id("E"), id("F"));
    }

    private void point(String parcel, String rule, String subject, LocalDate firesOn, String status) {
        jdbc.update("insert into monitoring_schedule (parcel_id, rule, subject, fires_on, status) values (?, ?, ?, ?, ?)",
                id(parcel), rule, subject, firesOn, status);
    }

    private String id(String parcel) {
        return prefix + parcel;
    }
}
