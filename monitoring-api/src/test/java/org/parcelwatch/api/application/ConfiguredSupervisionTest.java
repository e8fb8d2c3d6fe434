package org.parcelwatch.api.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A county that sends its reminders 20 days ahead instead of 30 ({@code parcelwatch.supervision.reminder-lead-days=20})
 * and takes extension applications up to 20 days ahead ({@code extension-application-lead-days=20}), over HTTP on the
 * embedded default: the figures reach the aggregate's extension rule, the monitoring schedule, the sweep and the
 * compliance report.
 */
@EmbeddedDefaultTest(properties = {"parcelwatch.supervision.reminder-lead-days=20",
        "parcelwatch.supervision.extension-application-lead-days=20"})
@DirtiesContext
class ConfiguredSupervisionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SupervisionSettings settings;

    @Test
    void leadsOfTwentyDaysGovernEveryRuleThatReadsThem() throws Exception {
        assertThat(settings.reminderLeadDays()).isEqualTo(20);
        assertThat(settings.extensionApplicationLeadDays()).isEqualTo(20);
        LocalDate today = clock.today();
        LocalDate due = today.plusDays(35);
        String early = register(today, due, today.plusDays(25));
        String late = register(today, due, today.plusDays(19));

        // extension applications: 25 days ahead is in time (it would not be with the default 30), 19 days is not
        mvc.perform(post("/api/v1/parcels/{id}/extensions", early).with(httpBasic("desk", "desk"))
                           .contentType(MediaType.APPLICATION_JSON).content(extension(today)))
           .andExpect(status().isOk());
        mvc.perform(post("/api/v1/parcels/{id}/extensions", late).with(httpBasic("desk", "desk"))
                           .contentType(MediaType.APPLICATION_JSON).content(extension(today)))
           .andExpect(status().isUnprocessableEntity())
           .andExpect(jsonPath("$.code").value("RULE_VIOLATION"))
           .andExpect(jsonPath("$.detail").value("an extension must be applied for at least 20 days before "
                   + today.plusDays(19) + " (by " + today.minusDays(1) + ")"));

        // the monitoring schedule and the sweep: the payment reminder falls due 20 days before the installment
        LocalDate reminderDay = due.minusDays(20);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select fires_on from monitoring_schedule where parcel_id in (?, ?) and rule = 'PAYMENT_REMINDER'",
                LocalDate.class, early, late)).containsExactly(reminderDay, reminderDay));
        sweepOn(reminderDay.minusDays(1)).andExpect(jsonPath("$.countsPerRule.PAYMENT_REMINDER").value(0));
        sweepOn(reminderDay).andExpect(jsonPath("$.countsPerRule.PAYMENT_REMINDER").value(2));

        // the compliance report measures the reminder against the same day
        mvc.perform(get("/api/v1/audit/compliance?from={from}&to={to}", today, due).with(httpBasic("auditor", "auditor")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.rows[?(@.parcelId == '" + early + "' && @.duty == 'PAYMENT_REMINDER')].dueOn",
                   contains(reminderDay.toString())))
           .andExpect(jsonPath("$.rows[?(@.parcelId == '" + early + "' && @.duty == 'PAYMENT_REMINDER')].status",
                   contains("ON_TIME")));
    }

    /** A listing grant signed ten days ago, one installment, handed over on the start day. */
    private String register(LocalDate today, LocalDate due, LocalDate start) throws Exception {
        String id = SampleParcels.nextParcelId();
        String body = """
                { "parcelId": "%s", "contractNo": "CS-%s", "parcelCode": "130530105017", "supplyMethod": "LISTING",
                  "projectName": "Lead-time plant", "landUser": { "name": "Xinhe Bearing Co., Ltd.", "creditCode": "91130530MA0CX0XU3B" },
                  "location": "east of Xinhe Road", "township": "Xinhe town", "districtCode": "130530",
                  "areaSqm": 20000.00, "landUse": "INDUSTRIAL", "termYears": 50, "totalPrice": 1000000.00,
                  "signedOn": "%s", "installments": [ { "dueDate": "%s", "amount": 1000000.00 } ],
                  "agreedHandoverDate": "%s", "agreedStartDate": "%s", "agreedCompletionDate": "%s" }
                """.formatted(id, id, today.minusDays(10), due, start, start, start.plusDays(400));
        mvc.perform(post("/api/v1/parcels").with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON).content(body))
           .andExpect(status().isCreated());
        return id;
    }

    private static String extension(LocalDate today) {
        return """
                { "milestone": "START", "newDate": "%s", "approvalNo": "YQ-1", "approvedOn": "%s", "appliedOn": "%s",
                  "reason": "plan revised" }""".formatted(today.plusDays(60), today, today);
    }

    private ResultActions sweepOn(LocalDate day) throws Exception {
        mvc.perform(put("/api/v1/admin/clock").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                           .content("{\"today\":\"" + day + "\"}"))
           .andExpect(status().isOk());
        return mvc.perform(post("/api/v1/admin/sweeps").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }
}
