package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/v1/admin/imports} with an Excel ledger: the template's example parcel and events are imported as
 * history through the same import as a JSON seed file, with the same report; a refused row names sheet, row and
 * column; a body that is not a workbook is 400, another media type 415, a workbook past the limits 413.
 */
@EmbeddedDefaultTest(properties = "parcelwatch.import.xlsx.max-rows=50")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerImportEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final MediaType XLSX = MediaType.valueOf(LedgerWorkbook.MEDIA_TYPE);

    @Autowired
    MockMvc mvc;

    @Test
    @Order(1)
    void theTemplateImportsWithTheReportOfTheJsonImport() throws Exception {
        JsonNode report = importWorkbook(LedgerTemplate.bytes(), "ledger-template.xlsx");

        assertThat(report.path("records").asInt()).isEqualTo(1);
        assertThat(report.path("accepted").asInt()).isEqualTo(1);
        assertThat(report.path("actions").asInt()).isEqualTo(4);
        assertThat(report.path("actionsApplied").asInt()).isEqualTo(4);
        assertThat(report.path("refused")).isEmpty();
        assertThat(report.at("/files/0/file").asText()).isEqualTo("ledger-template.xlsx");

        JsonNode parcel = JSON.readTree(mvc.perform(get("/api/v1/parcels/1305302025B00090").with(httpBasic("desk", "desk")))
                                           .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(parcel.at("/milestones/handover/actualDate").asText()).isEqualTo("2025-04-28");
        assertThat(parcel.at("/milestones/start/actualDate").asText()).isEqualTo("2025-10-20");
        assertThat(parcel.path("installments").findValuesAsText("status")).containsOnly("PAID");
    }

    /**
     * The ledger download (GET /parcels as .xlsx) is in the import's layout: its sheets, its headers (the worked-out ones
     * ignored) and its cells read back as the registration they came from, installments included, and its events
     * sheet as the events imported. The whole round trip: {@code LedgerRoundTripTest}.
     */
    @Test
    @Order(2)
    void theLedgerDownloadReadsBackAsTheRegistrationsItShows() throws Exception {
        byte[] download = mvc.perform(get("/api/v1/parcels").with(httpBasic("desk", "desk")).accept(XLSX))
                             .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        SeedFile file = LedgerWorkbook.read("供地台账.xlsx", download, LedgerWorkbook.Limits.DEFAULT);

        assertThat(file.malformed()).isEmpty();
        SeedFile template = LedgerWorkbook.read("ledger-template.xlsx", LedgerTemplate.bytes(), LedgerWorkbook.Limits.DEFAULT);
        assertThat(file.records()).hasSize(1);
        // what the download shows of the contract is what the template registered (less the columns it does not show)
        assertThat(file.records().get(0).registration()).usingRecursiveComparison()
                .ignoringFields("termYears", "plannedFloorAreaSqm", "totalInvestment", "plotRatio", "penaltyRates")
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(template.records().get(0).registration());
        assertThat(file.records().get(0).actions()).extracting(a -> a.kind().jsonName() + " " + a.day())
                .containsExactlyElementsOf(template.records().get(0).actions().stream()
                                                   .map(a -> a.kind().jsonName() + " " + a.day()).toList());
    }

    @Test
    @Order(3)
    void eachRefusedRowNamesItsSheetRowAndColumn() throws Exception {
        byte[] xlsx = LedgerWorkbooks.template(workbook -> {
            Sheet parcels = workbook.getSheet(LedgerColumns.PARCELS);
            LedgerWorkbooks.set(parcels, 1, 0, "1305302025B00091");
            parcels.getRow(1).getCell(13).setCellValue(7000000.00); // 成交价款: not the installments' sum
            Sheet events = workbook.getSheet(LedgerColumns.EVENTS);
            for (int r = 1; r <= events.getLastRowNum(); r++) {
                LedgerWorkbooks.set(events, r, 0, "1305302025B00091");
            }
            events.getRow(2).getCell(2).setCellValue("2025-04-31"); // 日期 of the handover
        });

        JsonNode report = importWorkbook(xlsx, "ledger-bad.xlsx");

        assertThat(report.path("accepted").asInt()).isZero();
        // the rule's reason names the installments first ("installments sum to 6000000.00 but the total price is…")
        assertThat(report.path("refused").findValuesAsText("zh")).containsExactlyInAnyOrder(
                "「事件」第3行「日期」列", "「供地台账」第2行「第1期约定支付金额（元）」列");
        assertThat(report.path("refused").findValuesAsText("en")).contains("sheet 事件 row 3 column 日期");
        assertThat(report.path("refused").findValuesAsText("parcelId")).containsOnly("1305302025B00091");
        assertThat(report.path("refused").findValuesAsText("code")).containsExactlyInAnyOrder("MALFORMED_RECORD",
                "INVALID_CONTRACT_TERMS");
    }

    @Test
    @Order(4)
    void whatIsNotAWorkbookOrTooLargeIsRefusedWholeAndWritesNothing() throws Exception {
        mvc.perform(post("/api/v1/admin/imports").with(httpBasic("admin", "admin")).contentType(XLSX)
                                                 .content("not a workbook".getBytes(StandardCharsets.UTF_8)))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("INVALID_SEED_FILE"));
        mvc.perform(post("/api/v1/admin/imports").with(httpBasic("admin", "admin")).contentType(MediaType.TEXT_PLAIN)
                                                 .content("电子监管号,合同编号"))
           .andExpect(status().isUnsupportedMediaType());
        byte[] tooManyRows = LedgerWorkbooks.template(workbook -> workbook.getSheet(LedgerColumns.EVENTS).createRow(60)
                                                                         .createCell(0).setCellValue("1305302025B00092"));
        mvc.perform(post("/api/v1/admin/imports").with(httpBasic("admin", "admin")).contentType(XLSX).content(tooManyRows))
           .andExpect(status().isPayloadTooLarge())
           .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
        mvc.perform(get("/api/v1/parcels/1305302025B00092").with(httpBasic("desk", "desk"))).andExpect(status().isNotFound());
    }

    private JsonNode importWorkbook(byte[] xlsx, String name) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/admin/imports?name=" + name).with(httpBasic("admin", "admin"))
                                                 .contentType(XLSX).content(xlsx))
                                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
