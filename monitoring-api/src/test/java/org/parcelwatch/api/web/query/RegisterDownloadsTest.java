package org.parcelwatch.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registers as downloads (issue 16): each list opened with Apache POI (or read as CSV) and checked row by row and
 * cell by cell against the JSON answer of the same filter, over parcels of a township of their own: one paid and
 * handed over, one defaulting (urge notices, a missed start, an idle suspicion), one with a formula for a name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterDownloadsTest extends ApiTestSupport {

    private static final ObjectMapper JSON_READER = new ObjectMapper();
    private static final String XLSX = ExportFormat.XLSX_MEDIA_TYPE;

    private final String township = "下载镇 " + UUID.randomUUID();
    private String paid;
    private String defaulter;
    private String formula;

    @BeforeAll
    void parcels() throws Exception {
        paid = SampleParcels.nextParcelId();
        defaulter = SampleParcels.nextParcelId();
        formula = SampleParcels.nextParcelId();
        for (String id : List.of(paid, defaulter, formula)) {
            String body = SampleParcels.registrationJson(id).replace("Xinhe town", township);
            if (id.equals(formula)) {
                body = body.replace("Xinhe bearing plant phase II", "=HYPERLINK(\\\"http://x\\\")");
            }
            register(body).andExpect(status().isCreated());
        }
        payInFullAndHandOver(paid);
        defaultUntilSuspectedIdle(defaulter);
        awaitProjections();
    }

    @Test
    void theLedgerDownloadsAsAWorkbookWithTheRowsAndCellsOfTheJsonAnswer() throws Exception {
        JsonNode page = json(getAs("desk", "/api/v1/parcels?size=200&township=" + township).andReturn().getResponse());
        assertThat(page.get("totalElements").asInt()).isEqualTo(3);

        MockHttpServletResponse response = download(get("/api/v1/parcels").param("township", township), XLSX);
        assertThat(response.getContentType()).isEqualTo(XLSX);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"ledger-")
                .contains("filename*=UTF-8''" + URLEncoder.encode("供地台账", StandardCharsets.UTF_8))
                .endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("供地台账");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            List<String> headers = texts(sheet.getRow(0));
            assertThat(headers).startsWith("电子监管号", "合同编号", "宗地编号", "供地方式", "项目名称")
                               .contains("成交价款（元）", "签订日期", "预警标记");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                JsonNode expected = page.get("content").get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(cell(row, headers, "电子监管号").getStringCellValue()).isEqualTo(expected.get("parcelId").asText());
                assertThat(cell(row, headers, "项目名称").getStringCellValue()).isEqualTo(expected.get("projectName").asText());
                assertThat(cell(row, headers, "乡镇").getStringCellValue()).isEqualTo(township);
                assertThat(cell(row, headers, "供地方式").getStringCellValue()).isEqualTo("挂牌");

                Cell price = cell(row, headers, "成交价款（元）");
                assertThat(price.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(price.getNumericCellValue()).isEqualTo(expected.get("totalPrice").asDouble());
                assertThat(price.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(cell(row, headers, "欠缴价款（元）").getNumericCellValue()).isEqualTo(expected.get("outstanding").asDouble());
                assertThat(cell(row, headers, "面积（平方米）").getNumericCellValue()).isEqualTo(expected.get("areaSqm").asDouble());

                Cell signed = cell(row, headers, "签订日期");
                assertThat(signed.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(signed)).isTrue();
                assertThat(signed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse(expected.get("signedOn").asText()));
                assertThat(signed.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                assertThat(cell(row, headers, "约定开工日期").getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.parse(expected.get("agreedStartDate").asText()));
            }
            int defaulterRow = rowOf(sheet, defaulter);
            assertThat(cell(sheet.getRow(defaulterRow), headers, "预警标记").getStringCellValue()).contains("欠缴出让金", "逾期未开工");
            assertThat(cell(sheet.getRow(rowOf(sheet, paid)), headers, "实际交地日期").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.parse("2024-04-01"));
            // columns fit their headers: a Chinese header of 8 characters takes at least 16 character widths
            assertThat(sheet.getColumnWidth(headers.indexOf("统一社会信用代码"))).isGreaterThanOrEqualTo(16 * 256);
        }
    }

    @Test
    void theLedgerDownloadsAsCsvWithAByteOrderMarkAndTheFilterApplied() throws Exception {
        MockHttpServletResponse response = download(get("/api/v1/parcels").param("township", township).param("stage", "HANDED_OVER"),
                "text/csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains(".csv");
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("\"电子监管号\",\"合同编号\"");
        // handed over: the paid parcel and the defaulter, not the third
        assertThat(lines).hasSize(3);
        assertThat(String.join("\n", lines)).contains("\"" + paid + "\"", "\"" + defaulter + "\"").doesNotContain(formula);
        String paidLine = lines[1].contains(paid) ? lines[1] : lines[2];
        assertThat(paidLine).contains(",12345678.00,12345678.00,0.00,").contains(",2024-04-01,");
    }

    @Test
    void aFormulaInATextIsNeitherRunInTheWorkbookNorInTheCsv() throws Exception {
        MockHttpServletResponse xlsx = download(get("/api/v1/parcels").param("township", township), XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell name = cell(sheet.getRow(rowOf(sheet, formula)), texts(sheet.getRow(0)), "项目名称");
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
        String csv = download(get("/api/v1/parcels").param("township", township), "text/csv").getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }

    @Test
    void theNoticesDownloadWithTheRowsOfTheJsonAnswer() throws Exception {
        JsonNode page = json(getAs("desk", "/api/v1/notices?size=200&parcelId=" + defaulter).andReturn().getResponse());
        assertThat(page.get("totalElements").asInt()).isGreaterThan(2);
        MockHttpServletResponse response = download(get("/api/v1/notices").param("parcelId", defaulter), XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = texts(sheet.getRow(0));
            assertThat(headers).startsWith("通知书编号", "通知书类型", "电子监管号");
            assertThat(sheet.getLastRowNum()).isEqualTo(page.get("totalElements").asInt());
            for (int i = 0; i < page.get("totalElements").asInt(); i++) {
                JsonNode expected = page.get("content").get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(cell(row, headers, "通知书编号").getStringCellValue()).isEqualTo(expected.get("noticeNo").asText());
                assertThat(cell(row, headers, "通知书类型").getStringCellValue()).isEqualTo(expected.get("title").asText());
                assertThat(cell(row, headers, "发出日期").getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.parse(expected.get("issuedOn").asText()));
            }
        }
        // a filter of the list applies to the file: only the urge notices
        MockHttpServletResponse urges = download(get("/api/v1/notices").param("parcelId", defaulter).param("type", "PAYMENT_URGE"),
                "text/csv");
        String[] lines = urges.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(List.of(lines).subList(1, lines.length)).allSatisfy(line -> assertThat(line).contains("出让金催缴通知单"));
    }

    @Test
    void theIdleAndBreachRegistersDownloadWithTheParcelsTheyConcern() throws Exception {
        JsonNode breaches = json(getAs("patrol", "/api/v1/breaches?status=AWAITING_FINDING").andReturn().getResponse());
        List<JsonNode> ours = new ArrayList<>();
        breaches.forEach(b -> {
            if (b.get("parcelId").asText().equals(defaulter)) {
                ours.add(b);
            }
        });
        assertThat(ours).singleElement().satisfies(b -> {
            assertThat(b.get("milestone").asText()).isEqualTo("START");
            assertThat(b.get("township").asText()).isEqualTo(township);
        });
        MockHttpServletResponse breachFile = download(get("/api/v1/breaches").param("status", "AWAITING_FINDING"), XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(breachFile.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("违约台账");
            assertThat(sheet.getLastRowNum()).isEqualTo(breaches.size());
            Row row = sheet.getRow(rowOf(sheet, defaulter));
            List<String> headers = texts(sheet.getRow(0));
            assertThat(cell(row, headers, "节点").getStringCellValue()).isEqualTo("开工");
            assertThat(cell(row, headers, "状态").getStringCellValue()).isEqualTo("待查明原因");
            assertThat(cell(row, headers, "约定日期").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse("2024-10-01"));
        }
        assertThat(download(get("/api/v1/breaches").param("status", "REACHED"), "text/csv").getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(defaulter);

        MockHttpServletResponse idleFile = download(get("/api/v1/idle-referrals").param("status", "SUSPECTED"), XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(idleFile.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("闲置土地台账");
            List<String> headers = texts(sheet.getRow(0));
            Row row = sheet.getRow(rowOf(sheet, defaulter));
            assertThat(cell(row, headers, "乡镇").getStringCellValue()).isEqualTo(township);
            assertThat(cell(row, headers, "状态").getStringCellValue()).isEqualTo("疑似闲置");
            assertThat(cell(row, headers, "面积（平方米）").getNumericCellValue()).isEqualTo(26666.70);
        }
    }

    @Test
    void theListsStayJsonForWildcardsAndBrowsersAndAskForAUser() throws Exception {
        for (String path : List.of("/api/v1/parcels", "/api/v1/notices", "/api/v1/idle-referrals", "/api/v1/breaches")) {
            mvc.perform(get(path).with(as("patrol")).header(HttpHeaders.ACCEPT, "*/*")).andExpect(status().isOk())
               .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith(JSON));
            mvc.perform(get(path).with(as("desk"))).andExpect(status().isOk())
               .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith(JSON));
            mvc.perform(get(path).header(HttpHeaders.ACCEPT, XLSX)).andExpect(status().isUnauthorized());
            mvc.perform(get(path).with(as("auditor")).header(HttpHeaders.ACCEPT, "text/csv")).andExpect(status().isOk());
        }
    }

    @Test
    void aLinkAsksForTheFileWithTheFormatParameter() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        MockHttpServletResponse csv = mvc.perform(get("/api/v1/parcels").with(as("desk")).param("township", township)
                        .param("format", "csv").header(HttpHeaders.ACCEPT, browser))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains(paid);
        MockHttpServletResponse xlsx = mvc.perform(get("/api/v1/breaches").with(as("desk")).param("format", "XLSX"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo(XLSX);
        expectProblem(mvc.perform(get("/api/v1/notices").with(as("desk")).param("format", "pdf")), 400, "VALIDATION_FAILED");
    }

    @Test
    void aBadFilterIsAProblemForADownloadToo() throws Exception {
        mvc.perform(get("/api/v1/notices").with(as("desk")).param("from", "2025-01-02").param("to", "2025-01-01")
                        .header(HttpHeaders.ACCEPT, XLSX + ", application/problem+json"))
           .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").exists());
    }

    @Test
    void theOpenApiDocumentNamesTheDownloadTypesOfEachList() throws Exception {
        JsonNode paths = json(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()).get("paths");
        for (String path : List.of("/api/v1/parcels", "/api/v1/notices", "/api/v1/idle-referrals", "/api/v1/breaches")) {
            JsonNode content = paths.get(path).get("get").get("responses").get("200").get("content");
            assertThat(content.has("application/json")).as(path).isTrue();
            assertThat(content.get(XLSX).get("schema").get("format").asText()).as(path).isEqualTo("binary");
            assertThat(content.has("text/csv")).as(path).isTrue();
        }
    }

    private MockHttpServletResponse download(MockHttpServletRequestBuilder request, String accept) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(as("desk")).header(HttpHeaders.ACCEPT, accept))
                                              .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isNotEmpty();
        return response;
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON_READER.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Cell cell(Row row, List<String> headers, String header) {
        assertThat(headers).contains(header);
        Cell cell = row.getCell(headers.indexOf(header));
        assertThat(cell).as(header).isNotNull();
        return cell;
    }

    private static int rowOf(Sheet sheet, String parcelId) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(parcelId)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(parcelId + " not in " + sheet.getSheetName());
    }
}
