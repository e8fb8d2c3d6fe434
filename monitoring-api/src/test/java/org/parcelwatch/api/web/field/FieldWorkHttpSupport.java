package org.parcelwatch.api.web.field;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;

/** What the field-work tests over HTTP share: a parcel in a township of the test's own, and the paged lists read whole. */
abstract class FieldWorkHttpSupport extends ApiTestSupport {

    String registerIn(String township) throws Exception {
        String id = SampleParcels.nextParcelId();
        register(SampleParcels.registrationJson(id).replace("\"Xinhe town\"", "\"" + township + "\""))
                .andExpect(status().isCreated());
        return id;
    }

    /**
     * Every row of a paged list (GET /patrol-tasks, /complaints), page after page, as one JSON array: the test database
     * holds the other tests' rows too, more than one page of them.
     */
    String allRows(String user, String path) throws Exception {
        List<Object> rows = new ArrayList<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            String answer = getAs(user, path + (path.contains("?") ? "&" : "?") + "size=200&page=" + page)
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            rows.addAll(JsonPath.read(answer, "$.content"));
            pages = JsonPath.read(answer, "$.totalPages");
        }
        return new ObjectMapper().writeValueAsString(rows);
    }

    static List<Object> read(String rows, String path) {
        return JsonPath.read(rows, path);
    }
}
