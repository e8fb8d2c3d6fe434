package org.parcelwatch.api.web.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;

/**
 * Read-your-writes over the API (issue 15): a command's answer carries the store's position; a read sending it back
 * shows the command's effect without the client polling.
 */
class ReadYourWritesOverHttpTest extends ApiTestSupport {

    @Test
    void aReadWithTheCommandsPositionShowsItsEffect() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        String position = postAs("desk", "/api/v1/parcels/" + parcel + "/payments",
                "{\"amount\": 1234.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"RYW-1\"}")
                .andExpect(status().isOk()).andExpect(header().exists(ReadYourWritesInterceptor.HEADER))
                .andReturn().getResponse().getHeader(ReadYourWritesInterceptor.HEADER);
        assertThat(Long.parseLong(position)).isPositive();
        mvc.perform(get("/api/v1/parcels/" + parcel).with(as("auditor")).header(ReadYourWritesInterceptor.HEADER, position))
           .andExpect(status().isOk())
           .andExpect(header().doesNotExist(ReadYourWritesInterceptor.STALE))
           .andExpect(jsonPath("$.paid").value(1234.00));
        // a value that is not a position is ignored
        mvc.perform(get("/api/v1/parcels/" + parcel).with(as("auditor")).header(ReadYourWritesInterceptor.HEADER, "soon"))
           .andExpect(status().isOk());
    }
}
