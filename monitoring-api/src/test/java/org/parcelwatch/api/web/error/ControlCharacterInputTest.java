package org.parcelwatch.api.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A NUL (or any other control character) in a text field is a 400 {@code VALIDATION_FAILED} naming the field, and
 * nothing is stored (issue 19 item 1: a projectName of X, U+0000, Y was accepted, and PostgreSQL then refused the
 * projection's row for good). Tab and line breaks stay allowed in multi-line free text such as a patrol's remarks.
 */
class ControlCharacterInputTest extends ApiTestSupport {

    @Test
    void aNulInTheProjectNameRefusesTheRegistration() throws Exception {
        String parcelId = SampleParcels.nextParcelId();
        String body = SampleParcels.registrationJson(parcelId)
                .replace("\"Xinhe bearing plant phase II\"", "\"X\\u0000Y\"");
        assertThat(body).contains("X\\u0000Y");
        ResultActions result = register(body);
        expectProblem(result, 400, "VALIDATION_FAILED");
        result.andExpect(jsonPath("$.fieldErrors[0].field").value("projectName"))
              .andExpect(jsonPath("$.fieldErrors[0].message").value(org.hamcrest.Matchers.containsString("U+0000")));
        assertThat(eventCount(parcelId)).isZero();
    }

    @Test
    void controlCharactersInNestedAndOtherFieldsAreRefusedToo() throws Exception {
        String parcelId = SampleParcels.nextParcelId();
        String body = SampleParcels.registrationJson(parcelId)
                .replace("\"Xinhe Bearing Co., Ltd.\"", "\"Xinhe\\u007fBearing\"")
                .replace("\"east of Xinhe Road\"", "\"east of\\tXinhe Road\"");
        ResultActions result = register(body);
        expectProblem(result, 400, "VALIDATION_FAILED");
        result.andExpect(jsonPath("$.fieldErrors[*].field").value(
                org.hamcrest.Matchers.containsInAnyOrder("landUser.name", "location")));
        assertThat(eventCount(parcelId)).isZero();
    }

    @Test
    void aDeliveryReceivedByANulIsRefused() throws Exception {
        String parcelId = registerSample();
        int events = eventCount(parcelId);
        ResultActions result = postAs("desk", "/api/v1/parcels/" + parcelId + "/notices/" + parcelId + "-CJ-01/delivery",
                "{\"deliveredOn\": \"2024-06-03\", \"receivedBy\": \"Wang\\u0000Fang\"}");
        expectProblem(result, 400, "VALIDATION_FAILED");
        result.andExpect(jsonPath("$.fieldErrors[0].field").value("receivedBy"));
        assertThat(eventCount(parcelId)).isEqualTo(events);
    }

    @Test
    void multiLineRemarksKeepTheirLineBreaksButNotOtherControls() throws Exception {
        String parcelId = registerSample();
        String patrol = "{\"patrolledOn\": \"2024-11-01\", \"inspector\": \"Li Wei\", \"status\": \"NOT_STARTED\","
                + " \"remarks\": \"%s\"}";
        postAs("patrol", "/api/v1/parcels/" + parcelId + "/patrols", patrol.formatted("fenced\\r\\n\\tno works"))
                .andExpect(status().is2xxSuccessful());
        ResultActions refused = postAs("patrol", "/api/v1/parcels/" + parcelId + "/patrols",
                patrol.formatted("fenced\\u0085no works"));
        expectProblem(refused, 400, "VALIDATION_FAILED");
        refused.andExpect(jsonPath("$.fieldErrors[0].field").value("remarks"));
    }
}
