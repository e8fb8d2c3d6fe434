package org.parcelwatch.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.seed.DemoContext;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.projections.notice.NoticeProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every notice type of the demo's three counties as the PDF {@code GET /api/v1/notices/{no}} answers to
 * {@code Accept: application/pdf}: one A4 page, its Chinese text there to extract (so drawn with the shipped CJK font,
 * not dropped), signed by its own county's bureau, the receipt below the cut line. Each first page is left as a PNG under
 * {@code target/screenshots/notice-<TYPE>.png} to look at.
 */
class NoticePdfTest extends DemoContext {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Map<String, String> BUREAU_BY_DISTRICT = Map.of(
            "130530", "新河县自然资源和规划局", "130133", "赵县自然资源和规划局", "430725", "桃源县自然资源局");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClusterProjectionProgress projections;

    @Test
    void everyNoticeTypePrintsOnOneA4PageInChineseSignedByItsCountysBureau() throws Exception {
        assertThat(projections.awaitCaughtUp(NoticeProjection.GROUP, Duration.ofSeconds(30))).isTrue();
        Files.createDirectories(SCREENSHOTS);
        for (NoticeType type : NoticeType.values()) {
            // the notice of the type with the longest facts: the one most likely to spill onto a second sheet
            List<String> numbers = jdbc.queryForList("select notice_no from notice where type = ?"
                    + " order by length(facts) + length(liability) desc, notice_no fetch first 1 rows only", String.class, type.name());
            assertThat(numbers).as("the demo issues a " + type).hasSize(1);
            String number = numbers.get(0);
            byte[] pdf = mvc.perform(get("/api/v1/notices/" + number).with(httpBasic("desk", "desk"))
                                .accept(MediaType.APPLICATION_PDF))
                            .andExpect(status().isOk())
                            .andExpect(header().string("Content-Type", "application/pdf"))
                            .andExpect(header().string("Content-Disposition", "inline; filename=\"" + number + ".pdf\""))
                            .andReturn().getResponse().getContentAsByteArray();
            Map<String, Object> notice = jdbc.queryForMap("select n.parcel_id, n.facts, l.land_user_name from notice n"
                    + " join parcel_ledger l on l.parcel_id = n.parcel_id where n.notice_no = ?", number);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
                ImageIO.write(image, "png", SCREENSHOTS.resolve("notice-" + type.name() + ".png").toFile());
                assertThat(document.getNumberOfPages()).as(type + " " + number + " pages").isEqualTo(1);
                PDRectangle page = document.getPage(0).getMediaBox();
                assertThat(page.getWidth()).as("A4 width in points").isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getHeight()).as("A4 height in points").isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
                // the text is drawn in the font the application ships, embedded: no font of the reader's machine needed
                List<String> fonts = new java.util.ArrayList<>();
                for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
                    PDFont font = document.getPage(0).getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
                }
                assertThat(fonts).as(type + " fonts").allMatch(font -> (font.contains("DroidSansFallback") || font.contains("DejaVuSerif"))
                        && !font.contains("not embedded")).anyMatch(font -> font.contains("DroidSansFallback"));
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                String parcelId = (String) notice.get("parcel_id");
                assertThat(text).as(type + " " + number).contains(type.title(), number, "送达回执", "签收人", "沿此虚线剪下",
                        BUREAU_BY_DISTRICT.get(parcelId.substring(0, 6)) + "（盖章）",
                        ((String) notice.get("land_user_name")).replaceAll("\\s+", ""),
                        ((String) notice.get("facts")).replaceAll("\\s+", ""));
            }
        }
    }

    @Test
    void aBrowserStillGetsTheHtmlPageAndAnApiClientJson() throws Exception {
        String number = jdbc.queryForObject("select min(notice_no) from notice where type = 'PAYMENT_URGE'", String.class);
        String html = mvc.perform(get("/api/v1/notices/" + number).with(httpBasic("desk", "desk"))
                                 .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                         .andExpect(status().isOk())
                         .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("@page{size:A4", "送达回执", "class=\"cut\"", "（盖章）");
        mvc.perform(get("/api/v1/notices/" + number).with(httpBasic("desk", "desk")).accept(MediaType.ALL))
           .andExpect(status().isOk()).andExpect(jsonPath("$.noticeNo").value(number));
        mvc.perform(get("/api/v1/notices/" + number).with(httpBasic("desk", "desk")).accept(MediaType.IMAGE_PNG))
           .andExpect(status().isNotAcceptable()).andExpect(jsonPath("$.code").value("NOT_ACCEPTABLE"));
    }

    @Test
    void theShippedFontIsInTheApplicationWithItsLicence() throws IOException {
        Path fonts = Path.of("src", "main", "resources", "fonts");
        assertThat(fonts.resolve("DroidSansFallbackFull.ttf")).isRegularFile();
        assertThat(Files.readString(fonts.resolve("DroidSansFallbackFull.LICENSE.txt"))).contains("Apache License");
        assertThat(fonts.resolve("DejaVuSerif.ttf")).isRegularFile();
        assertThat(Files.readString(fonts.resolve("DejaVuSerif.LICENSE.txt"))).contains("Bitstream");
    }
}
