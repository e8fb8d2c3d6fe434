package org.parcelwatch.api.web.parcel;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 20 over HTTP: a parcel registered after an installment's due date answers, at once, with the installment
 * overdue (its {@code overdueFrom}), the flag and the urge notice; no sweep runs in between. The GET that follows
 * carries the registration's read-your-writes position, as a desk front-end does. At the day boundary: the installment
 * due yesterday is overdue today, the one due today is not (its late reminder goes out instead). Dates are relative to
 * the business clock's today, which these tests share and do not move.
 */
class RegistrationChecksAtOnceOverHttpTest extends ApiTestSupport {

    @Autowired
    BusinessClock clock;

    @Test
    void registeredTheDayAfterTheDueDateTheAnswerShowsTheOverdueFlagAndTheUrgeNotice() throws Exception {
        LocalDate today = clock.today();
        String id = SampleParcels.nextParcelId();
        String position = registerNow(registration(id, today, today.minusDays(1)), false);

        readAfter(position, id)
                .andExpect(jsonPath("$.installments[0].status").value("OVERDUE"))
                .andExpect(jsonPath("$.installments[0].overdueFrom").value(today.toString()))
                .andExpect(jsonPath("$.flags").value(hasItem("PAYMENT_OVERDUE")))
                .andExpect(jsonPath("$.notices[?(@.type == 'PAYMENT_URGE')].noticeNo").value(hasItem(id + "-CJ-01")))
                .andExpect(jsonPath("$.notices[?(@.type == 'PAYMENT_URGE')].issuedOn").value(hasItem(today.toString())));
    }

    @Test
    void registeredOnTheDueDateNothingIsOverdueButTheLateReminderIsThere() throws Exception {
        LocalDate today = clock.today();
        String id = SampleParcels.nextParcelId();
        String position = registerNow(registration(id, today, today), false);

        readAfter(position, id)
                .andExpect(jsonPath("$.installments[0].status").value("REMINDED"))
                .andExpect(jsonPath("$.installments[0].overdueFrom").doesNotExist())
                .andExpect(jsonPath("$.flags").isEmpty())
                .andExpect(jsonPath("$.notices[?(@.type == 'PAYMENT_URGE')]").isEmpty())
                .andExpect(jsonPath("$.notices[?(@.type == 'PAYMENT_REMINDER')].issuedOn").value(hasItem(today.toString())));
    }

    @Test
    void registeredEnteringHistoryNothingIsCheckedUntilTheSweep() throws Exception {
        LocalDate today = clock.today();
        String id = SampleParcels.nextParcelId();
        String position = registerNow(registration(id, today, today.minusDays(1)), true);

        readAfter(position, id)
                .andExpect(jsonPath("$.installments[0].overdueFrom").doesNotExist())
                .andExpect(jsonPath("$.flags").isEmpty())
                .andExpect(jsonPath("$.notices").isEmpty());
    }

    /** POST /parcels as the desk; the answer's read-your-writes position. */
    private String registerNow(String body, boolean enteringHistory) throws Exception {
        var request = post("/api/v1/parcels").with(as("desk")).contentType(JSON).content(body);
        if (enteringHistory) {
            request.queryParam("enteringHistory", "true");
        }
        return mvc.perform(request).andExpect(status().isCreated())
                  .andReturn().getResponse().getHeader(ReadYourWritesInterceptor.HEADER);
    }

    private ResultActions readAfter(String position, String id) throws Exception {
        return mvc.perform(get("/api/v1/parcels/" + id).with(as("desk")).header(ReadYourWritesInterceptor.HEADER, position))
                  .andExpect(status().isOk())
                  .andExpect(jsonPath("$.parcelId").value(id));
    }

    /**
     * The DESIGN §4 contract signed 20 days ago, its first installment due on {@code firstDue}, the rest and the
     * milestones ahead.
     */
    private static String registration(String id, LocalDate today, LocalDate firstDue) {
        return SampleParcels.registrationJson(id)
                .replace("\"signedOn\": \"2024-02-01\"", "\"signedOn\": \"" + today.minusDays(20) + "\"")
                .replace("\"dueDate\": \"2024-03-01\"", "\"dueDate\": \"" + firstDue + "\"")
                .replace("\"dueDate\": \"2024-05-10\"", "\"dueDate\": \"" + today.plusDays(60) + "\"")
                .replace("\"agreedHandoverDate\": \"2024-04-01\"", "\"agreedHandoverDate\": \"" + today.plusDays(30) + "\"")
                .replace("\"agreedStartDate\": \"2024-10-01\"", "\"agreedStartDate\": \"" + today.plusDays(200) + "\"")
                .replace("\"agreedCompletionDate\": \"2026-10-01\"", "\"agreedCompletionDate\": \"" + today.plusDays(900) + "\"");
    }
}
