package org.parcelwatch.api.web.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.SampleParcels;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 21 over HTTP: a complaint about an address (no parcel) goes on its own stream, to the township's officer or the
 * worklist, is listed and decided like a parcel's, counted in the indicators, and read by the audit without harm; the
 * refusals write nothing; the field-work lists page as the ledger does.
 */
class AddressComplaintOverHttpTest extends FieldWorkHttpSupport {

    private ResultActions complain(String body) throws Exception {
        return postAs("desk", "/api/v1/complaints", body);
    }

    private static String aboutAddress(String township) {
        return """
                { "source": "12336 hotline", "contact": "Mr Zhao", "content": "spoil dumped by the road at night",
                  "address": "west end of Xinhe Road", "township": "%s", "receivedOn": "2024-06-02" }""".formatted(township);
    }

    @Test
    void aComplaintAboutAnAddressGoesToTheTownshipsOfficerIsDecidedAndCounted() throws Exception {
        String township = "Address town " + SampleParcels.nextParcelId();
        String parcel = registerIn(township);
        mvc.perform(json(put("/api/v1/parcels/" + parcel + "/officer"), "{\"officer\": \"patrol\"}").with(as("desk")))
                .andExpect(status().isOk());
        awaitProjections();
        String answer = complain(aboutAddress(township)).andExpect(status().isOk())
                .andExpect(jsonPath("$.complaintId").value(Matchers.matchesPattern("TS-20240602-[2-9A-HJ-NP-Z]{6}")))
                .andExpect(jsonPath("$.parcelId").doesNotExist())
                .andExpect(jsonPath("$.officer").value("patrol"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(answer, "$.complaintId");
        awaitProjections();
        String complaints = allRows("desk", "/api/v1/complaints?status=OPEN");
        assertThat(read(complaints, "$[?(@.complaintId == '" + id + "')].township")).containsExactly(township);
        assertThat(read(complaints, "$[?(@.complaintId == '" + id + "')].officer")).containsExactly("patrol");
        String tasks = allRows("patrol", "/api/v1/patrol-tasks?officer=patrol&status=OPEN");
        assertThat(read(tasks, "$[?(@.complaintId == '" + id + "')].address")).containsExactly("west end of Xinhe Road");
        assertThat(read(tasks, "$[?(@.complaintId == '" + id + "')].kind")).containsExactly("COMPLAINT");

        String outcome = "{\"outcome\": \"属实，已责令清运\", \"substantiated\": true}";
        postAs("patrol", "/api/v1/complaints/" + id + "/outcome", outcome).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value("RecordAddressComplaintOutcome"));
        expectProblem(postAs("desk", "/api/v1/complaints/" + id + "/outcome", outcome), 409, "ILLEGAL_STATE");
        expectProblem(postAs("desk", "/api/v1/complaints/TS-20240602-ZZZZZZ/outcome", outcome), 404, "COMPLAINT_NOT_FOUND");
        awaitProjections();
        assertThat(read(allRows("desk", "/api/v1/complaints?status=DECIDED"), "$[?(@.complaintId == '" + id + "')].substantiated"))
                .containsExactly(true);
        assertThat(read(allRows("patrol", "/api/v1/patrol-tasks?officer=patrol&status=DONE"),
                "$[?(@.complaintId == '" + id + "')].doneOnTime")).containsExactly(true);
        getAs("desk", "/api/v1/indicators?year=2024&township=" + township)
                .andExpect(jsonPath("$.complaints.received").value(1))
                .andExpect(jsonPath("$.complaints.investigatedOnTime").value(1))
                .andExpect(jsonPath("$.complaints.overdue").value(0))
                .andExpect(jsonPath("$.complaints.substantiated").value(1));

        // the audit reads the complaint's own stream and passes it by where it wants a parcel
        getAs("auditor", "/api/v1/complaints/" + id + "/history").andExpect(status().isOk())
                .andExpect(jsonPath("$.totalEvents").value(4))
                .andExpect(jsonPath("$.events[0].type").value("AddressComplaintRecorded"));
        getAs("auditor", "/api/v1/audit/integrity?parcelId=" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
        expectProblem(getAs("auditor", "/api/v1/parcels/" + id + "/state"), 404, "PARCEL_NOT_FOUND");
        getAs("auditor", "/api/v1/audit/compliance?from=2024-06-01&to=2024-06-30").andExpect(status().isOk());
    }

    @Test
    void withoutAnOfficerInTheTownshipTheComplaintIsOnTheWorklistUntilTheDeskNamesOne() throws Exception {
        String township = "Quiet town " + SampleParcels.nextParcelId();
        registerIn(township);
        awaitProjections();
        String id = JsonPath.read(complain(aboutAddress(township)).andExpect(status().isOk())
                .andExpect(jsonPath("$.officer").doesNotExist()).andReturn().getResponse().getContentAsString(), "$.complaintId");
        awaitProjections();
        getAs("desk", "/api/v1/worklist").andExpect(jsonPath("$.complaintsWithoutOfficer[?(@.complaintId == '" + id
                + "')].township").value(Matchers.contains(township)));
        String officer = "{\"officer\": \"patrol\"}";
        mvc.perform(json(put("/api/v1/complaints/" + id + "/officer"), officer).with(as("patrol")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/complaints/" + id + "/officer"), officer).with(as("desk")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value("AssignComplaintOfficer"));
        expectProblem(mvc.perform(json(put("/api/v1/complaints/1305302024B00017-TS1/officer"), officer).with(as("desk"))),
                404, "COMPLAINT_NOT_FOUND");
        awaitProjections();
        getAs("desk", "/api/v1/worklist").andExpect(jsonPath("$.complaintsWithoutOfficer[?(@.complaintId == '" + id
                + "')]").isEmpty());
        assertThat(read(allRows("patrol", "/api/v1/patrol-tasks?officer=patrol"), "$[?(@.complaintId == '" + id + "')].kind"))
                .containsExactly("COMPLAINT");
    }

    @Test
    void aComplaintNamesAParcelOrAnAddressInAKnownTownshipAndARefusalWritesNothing() throws Exception {
        String township = "Strict town " + SampleParcels.nextParcelId();
        String parcel = registerIn(township);
        awaitProjections();
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        expectProblem(complain("{\"source\": \"hotline\", \"content\": \"dumping\"}"), 400, "VALIDATION_FAILED");
        complain("{\"source\": \"hotline\", \"content\": \"dumping\"}")
                .andExpect(jsonPath("$.fieldErrors[0].field").value("parcelId"));
        expectProblem(complain("{\"source\": \"hotline\", \"content\": \"dumping\", \"address\": \"east gate\"}"), 400,
                "VALIDATION_FAILED");
        complain(aboutAddress("Nowhere " + SampleParcels.nextParcelId()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value("township"));
        expectProblem(complain("""
                { "parcelId": "%s", "source": "hotline", "content": "dumping", "township": "%s" }""".formatted(parcel,
                township)), 400, "VALIDATION_FAILED");
        expectProblem(complain(aboutAddress(township).replace("spoil dumped by the road at night", " ")), 400,
                "VALIDATION_FAILED");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
    }

    @Test
    void theFieldWorkListsPageAsTheLedgerDoes() throws Exception {
        for (String list : new String[] {"/api/v1/patrol-tasks", "/api/v1/complaints", "/api/v1/worklist/parcels-without-officer"}) {
            getAs("desk", list + "?page=0&size=1").andExpect(status().isOk())
                    .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(1))
                    .andExpect(jsonPath("$.content.length()").value(Matchers.lessThanOrEqualTo(1)))
                    .andExpect(jsonPath("$.totalElements").isNumber()).andExpect(jsonPath("$.totalPages").isNumber());
            expectProblem(getAs("desk", list + "?size=0"), 400, "VALIDATION_FAILED");
            expectProblem(getAs("desk", list + "?size=201"), 400, "VALIDATION_FAILED");
            expectProblem(getAs("desk", list + "?page=-1"), 400, "VALIDATION_FAILED");
            expectProblem(getAs("desk", list + "?page=x"), 400, "MALFORMED_REQUEST");
        }
    }
}
