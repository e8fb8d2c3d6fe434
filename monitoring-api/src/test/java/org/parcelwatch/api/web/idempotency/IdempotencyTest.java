package org.parcelwatch.api.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;

/** The Idempotency-Key contract of DESIGN §4 on the embedded database. */
class IdempotencyTest extends ApiTestSupport {

    /**
     * Registration in history mode (issue 20): these tests count and read the events a registration stores, or walk the
     * parcel's past after it; checked at once, the sample's 2024 dates would add the overdue events of today.
     */
    private static final String REGISTER = "/api/v1/parcels?enteringHistory=true";

    @Test
    void theSameKeyReplaysTheRegistrationAndSendsNoSecondCommand() throws Exception {
        String id = SampleParcels.nextParcelId();
        String key = UUID.randomUUID().toString();
        MockHttpServletResponse first = registerWithKey(id, key, "desk").andExpect(status().isCreated())
                .andExpect(header().doesNotExist(Idempotency.REPLAYED_HEADER)).andReturn().getResponse();

        MockHttpServletResponse again = registerWithKey(id, key, "desk").andExpect(status().isCreated())
                .andExpect(header().string(Idempotency.REPLAYED_HEADER, "true")).andReturn().getResponse();

        assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location")).isEqualTo("/api/v1/parcels/" + id);
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(again.getContentType()).isEqualTo(first.getContentType());
        assertThat(eventCount(id)).isEqualTo(1);

        // without the key the second registration is what it is: a duplicate
        expectProblem(register(SampleParcels.registrationJson(id)), 409, "DUPLICATE_PARCEL");
    }

    @Test
    void theSameKeyReplaysACommandOnAParcel() throws Exception {
        String id = registerSample();
        String key = UUID.randomUUID().toString();
        String payment = "{\"amount\": 1000.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-" + key + "\"}";
        String first = pay(id, key, payment).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // spacing and key order do not make it another request
        String reordered = "{ \"receiptNo\": \"R-" + key + "\",\n \"paidOn\": \"2024-03-01\", \"amount\": 1000.00 }";
        String second = pay(id, key, reordered).andExpect(status().isOk())
                .andExpect(header().string(Idempotency.REPLAYED_HEADER, "true")).andReturn().getResponse().getContentAsString();
        assertThat(second).isEqualTo(first);
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() throws Exception {
        String id = registerSample();
        String key = UUID.randomUUID().toString();
        pay(id, key, "{\"amount\": 10.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-a\"}").andExpect(status().isOk());

        expectProblem(pay(id, key, "{\"amount\": 20.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-b\"}"),
                422, "IDEMPOTENCY_KEY_REUSED");
        expectProblem(mvc.perform(json(post("/api/v1/parcels/" + id + "/handover"), "{\"handedOverOn\": \"2024-04-01\"}")
                .with(as("desk")).header(Idempotency.HEADER, key)), 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void keysBelongToTheirUser() throws Exception {
        String key = UUID.randomUUID().toString();
        String mine = SampleParcels.nextParcelId();
        String theirs = SampleParcels.nextParcelId();
        registerWithKey(mine, key, "desk").andExpect(status().isCreated());
        registerWithKey(theirs, key, "lead").andExpect(status().isCreated())
                .andExpect(header().doesNotExist(Idempotency.REPLAYED_HEADER));
        assertThat(eventCount(mine)).isEqualTo(1);
        assertThat(eventCount(theirs)).isEqualTo(1);
    }

    @Test
    void refusalsOfTheCommandAreReplayedButInvalidRequestsAreNot() throws Exception {
        String id = registerSample();
        String key = UUID.randomUUID().toString();
        String tooMuch = "{\"amount\": 99999999.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-x\"}";
        expectProblem(pay(id, key, tooMuch), 422, "RULE_VIOLATION");
        expectProblem(pay(id, key, tooMuch), 422, "RULE_VIOLATION");
        pay(id, key, tooMuch).andExpect(header().string(Idempotency.REPLAYED_HEADER, "true"));

        // an invalid body never ran: the key stays free for the corrected request
        String other = UUID.randomUUID().toString();
        expectProblem(pay(id, other, "{\"amount\": -1}"), 400, "VALIDATION_FAILED");
        expectProblem(pay(id, other, "{\"amount\": "), 400, "MALFORMED_REQUEST");
        pay(id, other, "{\"amount\": 5.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-y\"}").andExpect(status().isOk())
                .andExpect(header().doesNotExist(Idempotency.REPLAYED_HEADER));
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void aKeyMustBeShortAndPrintable() throws Exception {
        String id = registerSample();
        expectProblem(pay(id, "k".repeat(129), "{}"), 400, "MALFORMED_REQUEST");
        expectProblem(pay(id, "  ", "{}"), 400, "MALFORMED_REQUEST");
        expectProblem(pay(id, "ключ", "{}"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void concurrentDuplicatesRunOnce() throws Exception {
        String id = SampleParcels.nextParcelId();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<MockHttpServletResponse> call = () -> registerWithKey(id, key, "desk").andReturn().getResponse();
                answers.add(pool.submit(call));
            }
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get();
                assertThat(response.getStatus()).isEqualTo(201);
                assertThat(response.getHeader("Location")).isEqualTo("/api/v1/parcels/" + id);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventCount(id)).isEqualTo(1);
    }

    private ResultActions registerWithKey(String id, String key, String user) throws Exception {
        return mvc.perform(json(post(REGISTER), SampleParcels.registrationJson(id)).with(as(user))
                .header(Idempotency.HEADER, key));
    }

    private ResultActions pay(String id, String key, String body) throws Exception {
        return mvc.perform(json(post("/api/v1/parcels/" + id + "/payments"), body).with(as("desk"))
                .header(Idempotency.HEADER, key));
    }
}
