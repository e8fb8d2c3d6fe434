package org.parcelwatch.api.web.query;

import java.time.LocalDate;
import org.parcelwatch.monitoring.TypedText;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.springframework.web.util.HtmlUtils;

/** Text as the printed documents give it: escaped for HTML (names and facts come from what users entered), dates in Chinese. */
final class PrintedText {

    private PrintedText() {
    }

    /**
     * Escaped for HTML, each character no one could have typed printed as U+FFFD ({@link TypedText}): inputs refuse
     * them now, but an event stored before they did may carry one, and the PDF is laid out from the document as XML,
     * which would fail as a whole on a control character. The reader sees where it stood.
     */
    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(TypedText.printable(text, true, TypedText.REPLACEMENT), "UTF-8");
    }

    /** 2025年11月20日; empty for no date: the notices' own wording, so that table and body print a date alike. */
    static String date(LocalDate date) {
        return NoticeWording.day(date);
    }

    /**
     * A parcel's location (土地坐落) as the printed documents give it: its township and its address joined with "，"
     * (新河镇，工业路北侧东段), or the one that is there.
     */
    static String location(String township, String address) {
        if (township == null || township.isBlank()) {
            return address;
        }
        return address == null || address.isBlank() ? township : township + "，" + address;
    }
}
