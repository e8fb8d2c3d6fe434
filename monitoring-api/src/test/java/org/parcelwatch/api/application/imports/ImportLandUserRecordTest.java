package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.seed.DemoContext;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import registers parcels as the desk does, so a record supplied to a land user in default is registered with the
 * {@code LAND_USER_IN_DEFAULT} warning too; a default that arose earlier in the same import counts (the import reads its
 * own parcels as it folded them, not the projection, which may not have caught up).
 */
class ImportLandUserRecordTest extends DemoContext {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String FIRST = "1305302025B00071";
    private static final String SECOND = "1305302025B00072";

    @Autowired
    MockMvc mvc;

    @Test
    void aRecordSuppliedToALandUserWhoseEarlierParcelWentOverdueIsRegisteredWithTheWarning() throws Exception {
        String body = "91130530MA0GQY9L4";
        String creditCode = body + CreditCode.checkCharacter(body);
        String file = """
                { "county": { "name": "Xinhe County", "nameZh": "新河县", "districtCode": "130530" },
                  "period": { "from": "2025-09-01", "to": "2025-12-31" },
                  "records": [ %s, %s ] }
                """.formatted(record(FIRST, "2025-09-01", creditCode), record(SECOND, "2025-11-10", creditCode));

        JsonNode report = JSON.readTree(mvc.perform(post("/api/v1/admin/imports?name=record.json")
                        .with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON).content(file))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.path("accepted").asInt()).isEqualTo(2);

        assertThat(registrationWarnings(FIRST)).isEmpty();
        assertThat(registrationWarnings(SECOND)).containsExactly("LAND_USER_IN_DEFAULT: the land user"
                + " has open defaults (国土资发〔2010〕34号): " + FIRST + " overdue land price 1500000.00 since 2025-10-02 ("
                + FIRST + "-CJ-01)");
    }

    private static String record(String parcelId, String signedOn, String creditCode) {
        LocalDate signed = LocalDate.parse(signedOn);
        return """
                { "registeredOn": "%2$s", "parcelId": "%1$s", "contractNo": "XH-CR-%1$s", "supplyMethod": "LISTING",
                  "projectName": "Qunli foundry", "landUser": { "name": "Xinhe Qunli Foundry Co., Ltd.", "creditCode": "%3$s" },
                  "township": "Xinhe town", "districtCode": "130530", "areaSqm": 8000.00, "landUse": "0601",
                  "termYears": 50, "totalPrice": 1500000.00, "signedOn": "%2$s",
                  "installments": [ { "dueDate": "%4$s", "amount": 1500000.00 } ],
                  "agreedHandoverDate": "%5$s", "agreedStartDate": "2026-06-01", "agreedCompletionDate": "2027-12-01" }
                """.formatted(parcelId, signedOn, creditCode, signed.plusMonths(1), signed.plusMonths(2));
    }

    private List<String> registrationWarnings(String parcelId) throws Exception {
        JsonNode history = JSON.readTree(mvc.perform(get("/api/v1/parcels/" + parcelId + "/history")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(history.at("/events/0/type").asText()).isEqualTo("ParcelRegistered");
        List<String> warnings = new ArrayList<>();
        history.at("/events/0/payload/policyWarnings").forEach(w -> warnings.add(w.asText()));
        return warnings;
    }
}
