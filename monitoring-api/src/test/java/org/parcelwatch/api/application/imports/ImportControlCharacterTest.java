package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.seed.DemoContext;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import checks its records with the REST forms, so a control character in an imported text field is refused as
 * the API refuses it: {@code VALIDATION_FAILED}, naming the field, and the record is not registered (issue 19 item 1).
 */
class ImportControlCharacterTest extends DemoContext {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARCEL = "1305302025B00077";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecordWithANulInItsProjectNameIsRefusedAndNotRegistered() throws Exception {
        String creditCode = "91130530MA0GQY7K3" + CreditCode.checkCharacter("91130530MA0GQY7K3");
        String file = """
                { "county": { "name": "Xinhe County", "nameZh": "新河县", "districtCode": "130530" },
                  "period": { "from": "2025-11-01", "to": "2026-02-28" },
                  "records": [
                    { "registeredOn": "2025-11-04", "parcelId": "%s", "contractNo": "XH-CR-2025-077",
                      "supplyMethod": "LISTING", "projectName": "Qunying\\u0000workshop",
                      "landUser": { "name": "Xinhe Qunying Bearing Co., Ltd.", "creditCode": "%s" },
                      "township": "Xinhe town", "districtCode": "130530", "areaSqm": 12000.00, "landUse": "INDUSTRIAL",
                      "termYears": 50, "totalPrice": 3600000.00, "signedOn": "2025-11-03",
                      "installments": [ { "dueDate": "2025-12-03", "amount": 3600000.00 } ],
                      "agreedHandoverDate": "2025-12-20", "agreedStartDate": "2026-03-01", "agreedCompletionDate": "2027-09-01" } ] }
                """.formatted(PARCEL, creditCode);
        JsonNode report = JSON.readTree(mvc.perform(post("/api/v1/admin/imports?name=nul.json")
                                                            .with(httpBasic("admin", "admin"))
                                                            .contentType(MediaType.APPLICATION_JSON).content(file))
                                           .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.path("accepted").asInt()).isZero();
        assertThat(report.at("/refused/0/code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(report.at("/refused/0/reason").asText()).startsWith("projectName ").contains("U+0000");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, PARCEL)).isZero();
    }
}
