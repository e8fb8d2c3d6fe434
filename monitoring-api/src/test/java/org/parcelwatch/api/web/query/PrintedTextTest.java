package org.parcelwatch.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** How the printed documents write a location and a date: one way on every page. */
class PrintedTextTest {

    @Test
    void aLocationIsTheTownshipAndTheAddressJoinedWithAChineseComma() {
        assertThat(PrintedText.location("西流乡", "西流村西")).isEqualTo("西流乡，西流村西");
        assertThat(PrintedText.location("西流乡", " ")).isEqualTo("西流乡");
        assertThat(PrintedText.location(null, "西流村西")).isEqualTo("西流村西");
    }

    /**
     * A name stored before the forms refused control characters (an old import) is printed with U+FFFD where each one
     * stood, escaped for HTML: the PDF is laid out from the document as XML, which refuses a whole document for one
     * control character.
     */
    @Test
    void aControlCharacterStoredBeforeInputsRefusedThemIsPrintedAsTheReplacementCharacter() {
        assertThat(PrintedText.escape("新河\u0001轴承<厂>\u0085")).isEqualTo("新河\uFFFD轴承&lt;厂&gt;\uFFFD");
        String document = "<html><body><p>%s</p></body></html>";
        NoticePdf pdf = new NoticePdf();
        assertThat(pdf.render(document.formatted(PrintedText.escape("新河\u0001轴承厂")))).isNotEmpty();
        assertThatThrownBy(() -> pdf.render(document.formatted(HtmlUtils.htmlEscape("新河\u0001轴承厂", "UTF-8"))))
                .as("what the escape saves the document from").isInstanceOf(RuntimeException.class);
    }

    @Test
    void aDateIsWrittenInYearMonthDayWithoutLeadingZeros() {
        assertThat(PrintedText.date(LocalDate.of(2025, 1, 1))).isEqualTo("2025年1月1日");
        assertThat(PrintedText.date(LocalDate.of(2025, 12, 31))).isEqualTo("2025年12月31日");
        assertThat(PrintedText.date(null)).isEmpty();
    }
}
