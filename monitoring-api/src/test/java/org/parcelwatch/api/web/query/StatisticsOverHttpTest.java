package org.parcelwatch.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parcelwatch.api.application.export.ExportFormat;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.springframework.http.HttpHeaders;

/**
 * {@code GET /statistics} over two sample parcels of a township of their own (26,666.70 m² = 40.00 亩 each, price
 * 12,345,678.00 in two installments due 2024-03-01 and 2024-05-10): one pays the first installment, is handed over
 * and patrolled with its board posted and its use changed; the other never pays.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsOverHttpTest extends ApiTestSupport {

    private static final ObjectMapper JSON_READER = new ObjectMapper();

    private final String township = "统计镇 " + UUID.randomUUID();

    @BeforeAll
    void parcels() throws Exception {
        String payer = SampleParcels.nextParcelId();
        String defaulter = SampleParcels.nextParcelId();
        for (String id : List.of(payer, defaulter)) {
            register(SampleParcels.registrationJson(id).replace("Xinhe town", township)).andExpect(status().isCreated());
        }
        postAs("desk", "/api/v1/parcels/" + payer + "/payments",
                "{\"amount\": 6172839.00, \"paidOn\": \"2024-02-20\", \"receiptNo\": \"R-1\"}").andExpect(status().isOk());
        postAs("desk", "/api/v1/parcels/" + payer + "/handover", "{\"handedOverOn\": \"2024-04-01\"}").andExpect(status().isOk());
        postAs("patrol", "/api/v1/parcels/" + payer + "/patrols", """
                {"patrolledOn": "2024-06-01", "inspector": "Li Wei", "status": "NOT_STARTED", "infoBoardPosted": true,
                 "useChanged": true, "relocated": false}""").andExpect(status().isOk());
        awaitProjections();
    }

    @Test
    void theYearsFiguresOfATownship() throws Exception {
        JsonNode figures = JSON_READER.readTree(getAs("auditor", "/api/v1/statistics?year=2024&groupBy=supplyMethod&township=" + township)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(figures.get("groupBy").get(0).asText()).isEqualTo("supplyMethod");
        assertThat(figures.get("asOf").asText()).isEqualTo("2024-12-31");
        JsonNode listing = figures.get("groups").get(0);
        assertThat(listing.get("supplyMethod").asText()).isEqualTo("LISTING");
        assertThat(listing.get("parcelsSupplied").asInt()).isEqualTo(2);
        assertThat(listing.get("areaSqm").decimalValue()).isEqualByComparingTo("53333.40");
        assertThat(listing.get("areaMu").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(listing.get("contractPrice").decimalValue()).isEqualByComparingTo("24691356.00");
        assertThat(listing.get("received").decimalValue()).isEqualByComparingTo("6172839.00");
        // the payer's second installment and both of the other's: 3 × 6,172,839.00
        assertThat(listing.get("overdueAtYearEnd").decimalValue()).isEqualByComparingTo("18518517.00");
        assertThat(listing.get("handedOver").asInt()).isEqualTo(1);
        assertThat(listing.get("boardPosted").asInt()).isEqualTo(1);
        assertThat(listing.get("boardPostedRate").decimalValue()).isEqualByComparingTo("1.0000");
        assertThat(listing.get("useChangeFindings").asInt()).isEqualTo(1);
        assertThat(figures.get("total").get("parcelsSupplied").asInt()).isEqualTo(2);
    }

    @Test
    void theStatisticsDownloadAsAWorkbookWithATotalRow() throws Exception {
        byte[] file = mvc.perform(get("/api/v1/statistics").with(as("desk")).param("year", "2024").param("township", township)
                                .param("groupBy", "township,landUse").header(HttpHeaders.ACCEPT, ExportFormat.XLSX_MEDIA_TYPE))
                         .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("乡镇", "土地用途代码", "土地用途", "2024年供地宗数", "供地面积（平方米）", "供地面积（亩）")
                               .contains("挂牌施工率", "年末欠缴价款（元）");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row group = sheet.getRow(1);
            assertThat(group.getCell(0).getStringCellValue()).isEqualTo(township);
            assertThat(group.getCell(1).getStringCellValue()).isEqualTo("0601");
            assertThat(group.getCell(2).getStringCellValue()).isEqualTo("工业用地");
            assertThat(group.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(group.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(group.getCell(headers.indexOf("供地面积（亩）")).getNumericCellValue()).isEqualTo(80.00);
            assertThat(group.getCell(headers.indexOf("挂牌施工率")).getNumericCellValue()).isEqualTo(1.0);
            assertThat(group.getCell(headers.indexOf("挂牌施工率")).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            Row total = sheet.getRow(2);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void anUnknownGroupOrYearIsAValidationProblem() throws Exception {
        expectProblem(getAs("desk", "/api/v1/statistics?groupBy=township,county"), 400, "VALIDATION_FAILED");
        getAs("desk", "/api/v1/statistics?groupBy=county").andExpect(jsonPath("$.fieldErrors[0].field").value("groupBy"));
        expectProblem(getAs("desk", "/api/v1/statistics?year=1800"), 400, "VALIDATION_FAILED");
        // not a number at all: the API's answer for any parameter of the wrong type
        expectProblem(getAs("desk", "/api/v1/statistics?year=twenty"), 400, "MALFORMED_REQUEST");
        mvc.perform(get("/api/v1/statistics")).andExpect(status().isUnauthorized());
    }
}
