package org.parcelwatch.api.web.error;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.springframework.http.HttpHeaders;

/** API problems in the client's language (DESIGN §6.4): a Chinese title for Accept-Language zh-CN, else as before. */
class ProblemLanguageTest extends ApiTestSupport {

    private static final String UNKNOWN = "/api/v1/parcels/1305302099B99998";

    @Test
    void aClientAskingForChineseGetsTheTitleInChineseAndTheSameCode() throws Exception {
        mvc.perform(get(UNKNOWN).with(as("desk")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"))
           .andExpect(status().isNotFound())
           .andExpect(jsonPath("$.code").value("PARCEL_NOT_FOUND"))
           .andExpect(jsonPath("$.title").value("找不到该宗地。"));
        mvc.perform(get("/api/v1/worklist").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
           .andExpect(status().isUnauthorized())
           .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
           .andExpect(jsonPath("$.title").value("需要登录。"));
    }

    @Test
    void anyOtherClientGetsTheProblemAsBefore() throws Exception {
        mvc.perform(get(UNKNOWN).with(as("desk")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
           .andExpect(jsonPath("$.title").value("Not Found"));
        mvc.perform(get(UNKNOWN).with(as("desk")))
           .andExpect(jsonPath("$.title").value("Not Found"));
    }
}
