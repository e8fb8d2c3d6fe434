package org.parcelwatch.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the printed documents write a location and a date: one way on every page. */
class PrintedTextTest {

    @Test
    void aLocationIsTheTownshipAndTheAddressJoinedWithAChineseComma() {
        assertThat(PrintedText.location("西流乡", "西流村西")).isEqualTo("西流乡，西流村西");
        assertThat(PrintedText.location("西流乡", " ")).isEqualTo("西流乡");
        assertThat(PrintedText.location(null, "西流村西")).isEqualTo("西流村西");
    }

    @Test
    void aDateIsWrittenInYearMonthDayWithoutLeadingZeros() {
        assertThat(PrintedText.date(LocalDate.of(2025, 1, 1))).isEqualTo("2025年1月1日");
        assertThat(PrintedText.date(LocalDate.of(2025, 12, 31))).isEqualTo("2025年12月31日");
        assertThat(PrintedText.date(null)).isEmpty();
    }
}
