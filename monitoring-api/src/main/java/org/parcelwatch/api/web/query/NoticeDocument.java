package org.parcelwatch.api.web.query;

import java.time.LocalDate;
import org.parcelwatch.projections.ledger.ParcelDetail;
import org.parcelwatch.projections.notice.NoticeEntry;

/**
 * A notice as the printable document the desk serves on the land user: title, number, the parcel, project and
 * land user, date issued, facts and liability, and the delivery receipt (送达回执) with blanks to fill in by hand,
 * or as recorded. Every piece of text is escaped: names and facts come from what users entered.
 */
public final class NoticeDocument {

    private static final String BLANK = "<span class=\"blank\"></span>";

    private NoticeDocument() {
    }

    public static String render(NoticeEntry notice, ParcelDetail parcel) {
        String title = notice.getType() == null ? "通知书" : notice.getType().title();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .append(e(title)).append(' ').append(e(notice.getNoticeNo())).append("</title>\n<style>\n")
            .append("body{font-family:\"SimSun\",\"Songti SC\",serif;max-width:42em;margin:2em auto;line-height:1.7}\n")
            .append("h1{text-align:center;letter-spacing:.2em;font-size:1.6em}\n.no{text-align:right}\n")
            .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:.3em .5em;text-align:left}\n")
            .append("th{width:9em;font-weight:normal}\n.receipt{margin-top:2.5em;border-top:1px dashed #000;padding-top:1em}\n")
            .append(".blank{display:inline-block;min-width:10em;border-bottom:1px solid #000}\n")
            .append("@media print{body{margin:0}}\n</style>\n</head>\n<body>\n")
            .append("<h1>").append(e(title)).append("</h1>\n")
            .append("<p class=\"no\">编号（No.）：").append(e(notice.getNoticeNo())).append("</p>\n")
            .append("<table>\n");
        row(html, "电子监管号", notice.getParcelId());
        if (parcel != null) {
            row(html, "合同编号", parcel.contractNo());
            row(html, "项目名称", parcel.projectName());
            row(html, "用地单位", parcel.landUser() == null ? null : parcel.landUser().name());
            row(html, "统一社会信用代码", parcel.landUser() == null ? null : parcel.landUser().creditCode());
            row(html, "土地坐落", join(parcel.township(), parcel.location()));
        }
        if (notice.getInstallmentNo() != null) {
            row(html, "期号", "第" + notice.getInstallmentNo() + "期");
        }
        row(html, "涉及日期", date(notice.getDueDate()));
        row(html, "签发日期", date(notice.getIssuedOn()));
        html.append("</table>\n")
            .append("<h2>事实</h2>\n<p>").append(e(notice.getFacts())).append("</p>\n")
            .append("<h2>责任</h2>\n<p>").append(e(notice.getLiability())).append("</p>\n")
            .append("<p class=\"no\">（签发机关盖章）<br>").append(e(date(notice.getIssuedOn()))).append("</p>\n")
            .append("<div class=\"receipt\">\n<h2>送达回执</h2>\n<table>\n");
        row(html, "文书名称", title + "（" + notice.getNoticeNo() + "）");
        row(html, "受送达人", parcel == null || parcel.landUser() == null ? null : parcel.landUser().name());
        rawRow(html, "送达日期", notice.getDeliveredOn() == null ? BLANK + "年" + "<span class=\"blank\" style=\"min-width:3em\"></span>月"
                + "<span class=\"blank\" style=\"min-width:3em\"></span>日" : e(date(notice.getDeliveredOn())));
        rawRow(html, "签收人", notice.getReceivedBy() == null ? BLANK : e(notice.getReceivedBy()));
        rawRow(html, "送达人", BLANK);
        rawRow(html, "备注", BLANK);
        html.append("</table>\n</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        rawRow(html, label, value == null || value.isBlank() ? "" : e(value));
    }

    private static void rawRow(StringBuilder html, String label, String valueHtml) {
        html.append("<tr><th>").append(e(label)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private static String e(String text) {
        return PrintedText.escape(text);
    }

    private static String date(LocalDate date) {
        return PrintedText.date(date);
    }

    private static String join(String first, String second) {
        return PrintedText.join(first, second);
    }
}
