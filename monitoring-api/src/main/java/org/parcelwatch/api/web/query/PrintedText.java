package org.parcelwatch.api.web.query;

import java.time.LocalDate;
import org.springframework.web.util.HtmlUtils;

/** Text as the printed documents give it: escaped for HTML (names and facts come from what users entered), dates in Chinese. */
final class PrintedText {

    private PrintedText() {
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** 2025年11月20日; empty for no date. */
    static String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The two parts with a space between, or the one that is there. */
    static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + " " + second;
    }
}
