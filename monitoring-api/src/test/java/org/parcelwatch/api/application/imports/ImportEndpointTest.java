package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.seed.DemoContext;
import org.parcelwatch.api.application.seed.SeedLoader;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/v1/admin/imports} on the demo's end state (business date 2025-12-31): a file with a good record,
 * bad records and bad actions is loaded through the normal commands as far as it can be; each refusal is reported
 * with the code the REST API would answer and does not stop the rest; the events carry source IMPORT and the caller.
 */
class ImportEndpointTest extends DemoContext {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String NEW_PARCEL = "1305302025B00031";

    @Autowired
    MockMvc mvc;
    @Autowired
    SeedLoader loader;

    static String file() {
        String good = CreditCode.checkCharacter("91130530MA0GQY7K3") + "";
        String creditCode = "91130530MA0GQY7K3" + good;
        String wrong = "91130530MA0GQY7K3" + (good.equals("0") ? "1" : "0");
        return """
                { "county": { "name": "Xinhe County", "nameZh": "新河县", "districtCode": "130530" },
                  "period": { "from": "2025-11-01", "to": "2026-02-28" },
                  "records": [
                    { "registeredOn": "2025-11-04", "parcelId": "%1$s", "contractNo": "XH-CR-2025-031",
                      "supplyMethod": "LISTING", "projectName": "Qunying bearing workshop",
                      "landUser": { "name": "Xinhe Qunying Bearing Co., Ltd.", "creditCode": "%2$s" },
                      "township": "Xinhe town", "districtCode": "130530", "areaSqm": 12000.00, "landUse": "INDUSTRIAL",
                      "termYears": 50, "totalPrice": 3600000.00, "signedOn": "2025-11-03",
                      "installments": [ { "dueDate": "2025-12-03", "amount": 3600000.00 } ],
                      "agreedHandoverDate": "2025-12-20", "agreedStartDate": "2026-03-01", "agreedCompletionDate": "2027-09-01",
                      "actions": [
                        { "action": "payment", "amout": 3600000.00, "paidOn": "2025-12-01", "receiptNo": "XH-PJ-2025-1201-07" },
                        { "action": "payment", "amount": 3600000.00, "paidOn": "2025-12-01", "receiptNo": "%4$s" },
                        { "action": "payment", "amount": 3600000.00, "paidOn": "2025-12-01", "receiptNo": "XH-PJ-2025-1201-07" },
                        { "action": "handover", "handedOverOn": "2025-12-20", "documentNo": "XH-JD-2025-031" },
                        { "action": "start", "startedOn": "2026-01-15", "evidence": "foundations" } ] },
                    { "parcelId": "1305302025B00032", "contractNo": "XH-CR-2025-032", "supplyMethod": "LISTING",
                      "projectName": "Qunying warehouse", "landUser": { "name": "Xinhe Qunying Bearing Co., Ltd.", "creditCode": "%3$s" },
                      "township": "Xinhe town", "districtCode": "130530", "areaSqm": 5000.00, "landUse": "WAREHOUSE",
                      "totalPrice": 1300000.00, "signedOn": "2025-11-10",
                      "installments": [ { "dueDate": "2025-12-10", "amount": 1300000.00 } ],
                      "agreedHandoverDate": "2025-12-20", "agreedStartDate": "2026-03-01", "agreedCompletionDate": "2027-09-01" },
                    { "parcelId": "1305302023B00002", "contractNo": "XH-CR-2023-002", "supplyMethod": "LISTING",
                      "projectName": "Hengtong auto-parts plant", "landUser": { "name": "Hebei Hengtong Auto Parts Co., Ltd.",
                      "creditCode": "91130530MA0CHT2X1W" }, "township": "Xinhe town", "districtCode": "130530",
                      "areaSqm": 26800.00, "landUse": "0601", "totalPrice": 8040000.00, "signedOn": "2023-02-20",
                      "installments": [ { "dueDate": "2023-03-20", "amount": 8040000.00 } ],
                      "agreedHandoverDate": "2023-04-20", "agreedStartDate": "2023-07-20", "agreedCompletionDate": "2025-01-20",
                      "registeredOn": "2025-12-15",
                      "actions": [ { "action": "payment", "amount": 100.00, "paidOn": "2025-12-15", "receiptNo": "X-1" } ] } ] }
                """.formatted(NEW_PARCEL, creditCode, wrong, "R".repeat(70));
    }

    @Test
    void aFileIsImportedAsFarAsItCanBeAndEveryRefusalIsReported() throws Exception {
        String answer = mvc.perform(post("/api/v1/admin/imports?timeline=true&name=qunying.json")
                                            .with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                                            .content(file()))
                           .andExpect(status().isOk())
                           .andReturn().getResponse().getContentAsString();
        JsonNode report = JSON.readTree(answer);
        assertThat(report.path("records").asInt()).isEqualTo(3);
        assertThat(report.path("accepted").asInt()).isEqualTo(1);
        assertThat(report.path("actionsApplied").asInt()).isEqualTo(2);
        List<String> refused = new ArrayList<>();
        report.path("refused").forEach(r -> refused.add(r.path("parcelId").asText() + " " + r.path("action").asText() + " "
                + r.path("actionIndex").asText("-") + " " + r.path("code").asText()));
        assertThat(refused).containsExactlyInAnyOrder(
                NEW_PARCEL + " payment 0 MALFORMED_RECORD",
                NEW_PARCEL + " payment 1 VALIDATION_FAILED",
                "1305302025B00032 registration - INVALID_CONTRACT_TERMS",
                "1305302023B00002 registration - DUPLICATE_PARCEL");
        assertThat(report.path("refused").findValuesAsText("reason")).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(report.at("/skipped/0/action").asText()).isEqualTo("start");
        assertThat(report.at("/skipped/0/code").asText()).isEqualTo("NOT_YET");
        assertThat(report.path("clockMoved").asBoolean()).isFalse();
        assertThat(report.path("today").asText()).isEqualTo("2025-12-31");
        // the reminder of the installment fell due on 2025-11-03, the day before the registration: issued at the next sweep
        assertThat(report.at("/noticesIssued/PAYMENT_REMINDER").asInt()).isEqualTo(1);
        assertThat(report.path("timeline").toString()).contains(NEW_PARCEL, "registered", "PAYMENT_REMINDER", "handover");

        JsonNode history = JSON.readTree(mvc.perform(get("/api/v1/parcels/" + NEW_PARCEL + "/history")
                                                             .with(httpBasic("auditor", "auditor")))
                                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> entries = new ArrayList<>();
        // (not recordedAt: Axon's event clock is one static per JVM, and the other test contexts set theirs)
        history.path("events").forEach(e -> entries.add(e.path("type").asText() + " " + e.path("source").asText() + " "
                + e.path("actor").asText() + " " + e.path("role").asText()));
        assertThat(entries).containsExactly(
                "ParcelRegistered IMPORT admin ADMIN",
                "NoticeIssued SWEEP sweep SYSTEM",
                "PaymentReceived IMPORT admin ADMIN",
                "HandoverRecorded IMPORT admin ADMIN");
        assertThat(history.at("/events/1/payload/issuedOn").asText()).isEqualTo("2025-11-05");
    }

    @Test
    void onlyAnAdminImportsAndOnlySeedFilesAreRead() throws Exception {
        mvc.perform(post("/api/v1/admin/imports").with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON)
                                                 .content(file()))
           .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/imports").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                                                 .content("{\"parcels\": []}"))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("INVALID_SEED_FILE"));
    }

    @Test
    void theStartupLoaderLeavesAFilledDatabaseAlone() {
        assertThat(loader.loadIfNeeded()).isNull();
    }

    @Test
    void recordsAreOrderedByTheirBusinessDays() {
        SeedFile file = SeedFile.parse("qunying.json", file().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(file.records()).extracting(SeedRecord::day)
                                  .containsExactly(LocalDate.of(2025, 11, 4), LocalDate.of(2025, 11, 10), LocalDate.of(2025, 12, 15));
        assertThat(file.malformed()).extracting(ImportRefusal::code).containsExactly("MALFORMED_RECORD");
    }
}
