package org.parcelwatch.api.application.sweep;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.quartz.CronExpression;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.simpl.RAMJobStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sweep and the clock on the embedded default (H2, Quartz in memory, demo users): the daily trigger is
 * registered as configured, the clock is adjustable out of the box, and a demo session — move the clock,
 * sweep — works over HTTP and shows in the metrics.
 */
@EmbeddedDefaultTest
@AutoConfigureObservability
@DirtiesContext
class SweepEmbeddedDefaultTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scheduler scheduler;
    @Autowired
    BusinessClock clock;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDailySweepIsScheduledAt0130ShanghaiInMemory() throws Exception {
        assertThat(scheduler.getMetaData().getJobStoreClass()).isEqualTo(RAMJobStore.class);
        JobDetail job = scheduler.getJobDetail(SweepSchedule.JOB);
        assertThat(job.getJobClass()).isEqualTo(SweepJob.class);
        assertThat(job.isDurable()).isTrue();
        assertThat(job.requestsRecovery()).isTrue();
        assertThat(job.isConcurrentExecutionDisallowed()).isTrue();

        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(SweepSchedule.TRIGGER);
        assertThat(trigger.getCronExpression()).isEqualTo("0 30 1 * * ?");
        assertThat(trigger.getTimeZone().toZoneId()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        CronExpression daily = new CronExpression("0 30 1 * * ?");
        daily.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        assertThat(trigger.getNextFireTime()).isEqualTo(daily.getNextValidTimeAfter(new Date()));
    }

    @Test
    void aDemoMovesTheClockAndSweepsOverHttp() throws Exception {
        assertThat(clock.isAdjustable()).as("adjustable in the embedded default").isTrue();
        LocalDate today = clock.today();
        String parcel = SweepParcels.nextId();
        // installment 1 falls due in 35 days: its reminder is due in 5
        commands.sendAndWait(SweepParcels.grant(parcel, today.minusDays(10), List.of(today.plusDays(35)),
                today.plusDays(20), today.plusDays(100), today.plusDays(500)));
        LocalDate reminderDay = today.plusDays(5);

        mvc.perform(put("/api/v1/admin/clock").header(HttpHeaders.AUTHORIZATION, SweepServiceTest.ADMIN)
                                              .contentType(MediaType.APPLICATION_JSON)
                                              .content("{\"today\":\"" + reminderDay + "\"}"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.today").value(reminderDay.toString()));
        mvc.perform(post("/api/v1/admin/sweeps").header(HttpHeaders.AUTHORIZATION, SweepServiceTest.ADMIN))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.asOf").value(reminderDay.toString()))
           .andExpect(jsonPath("$.countsPerRule.PAYMENT_REMINDER").value(1))
           .andExpect(jsonPath("$.fired").value(1));

        assertThat(new SweepNotices(jdbc).describedByParcel(List.of(parcel)).get(parcel)).containsExactly(
                SweepParcels.notice(NoticeType.PAYMENT_REMINDER, 1, today.plusDays(35),
                        reminderDay));
        assertThat(jdbc.queryForObject("select outcome from sweep_run where as_of = ?", String.class, reminderDay))
                .isEqualTo("COMPLETED");
        mvc.perform(get("/actuator/prometheus"))
           .andExpect(status().isOk())
           .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(
                   "parcelwatch_sweep_fired_total{application=\"parcelwatch\",rule=\"PAYMENT_REMINDER\"} 1.0",
                   "parcelwatch_notices_issued_total{application=\"parcelwatch\",type=\"PAYMENT_REMINDER\"} 1.0",
                   "parcelwatch_sweep_duration_seconds_count{application=\"parcelwatch\",outcome=\"COMPLETED\",trigger=\"MANUAL\"} 1",
                   "parcelwatch_sweep_lag_days{application=\"parcelwatch\"} 0.0",
                   "parcelwatch_schedule_due",
                   "parcelwatch_parcels_flagged{application=\"parcelwatch\",flag=\"PAYMENT_OVERDUE\"}",
                   "parcelwatch_projection_lag{application=\"parcelwatch\",projection=\"parcel-ledger\"}"));
    }

    /**
     * Every series the shipped Grafana dashboard draws (deploy/grafana/dashboards) is one this application publishes:
     * a renamed meter would otherwise leave an empty panel that nobody notices until it is needed.
     */
    @Test
    @DirtiesContext // its sweep would count in the demo test's metrics
    void theGrafanaDashboardDrawsOnlySeriesTheApplicationPublishes() throws Exception {
        mvc.perform(post("/api/v1/admin/sweeps").header(HttpHeaders.AUTHORIZATION, SweepServiceTest.ADMIN))
           .andExpect(status().isOk());
        mvc.perform(get("/api/v1/worklist").with(httpBasic("desk", "not-the-password")))
           .andExpect(status().isUnauthorized());
        String dashboard = Files.readString(Path.of("..", "deploy", "grafana", "dashboards", "parcelwatch.json"));
        Set<String> drawn = new TreeSet<>();
        Matcher series = Pattern.compile("\\b(parcelwatch_[a-z_]+|http_server_requests_seconds_[a-z]+)\\b")
                                .matcher(dashboard);
        while (series.find()) {
            drawn.add(series.group(1));
        }
        assertThat(drawn).contains("parcelwatch_sweep_duration_seconds_count", "parcelwatch_projection_lag",
                "parcelwatch_projection_dead_letters", "parcelwatch_security_login_failures_total",
                "parcelwatch_notices_issued_total", "parcelwatch_sweep_fired_total", "http_server_requests_seconds_sum");
        String scraped = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                            .andReturn().getResponse().getContentAsString();
        Set<String> published = new TreeSet<>();
        Matcher sample = Pattern.compile("(?m)^([a-z_]+)[{ ]").matcher(scraped);
        while (sample.find()) {
            published.add(sample.group(1));
        }
        // rules fire and notices go out only where a parcel is due: their counters exist per rule/type once used,
        // which the test above shows; here it is enough that they are published at all
        assertThat(published).as("series published by /actuator/prometheus")
                             .containsAll(drawn.stream().filter(name -> !name.equals("parcelwatch_sweep_fired_total"))
                                               .toList());
    }
}
