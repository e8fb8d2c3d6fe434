package org.parcelwatch.api.web.query;

import java.time.LocalDate;
import org.parcelwatch.projections.ledger.ParcelDetail;
import org.parcelwatch.projections.notice.NoticeEntry;

/**
 * A notice as the printable document the desk serves on the land user, on one A4 sheet: title, number, the parcel,
 * project and land user, date issued, facts and liability, the issuing bureau above its seal, and below a dashed cut
 * line the delivery receipt (送达回执) with blanks to fill in by hand, or as recorded. Every piece of text is escaped:
 * names and facts come from what users entered.
 *
 * <p>The page is well-formed XHTML (closed empty elements, no named entities) so that the same text a browser prints
 * is what {@link NoticePdf} lays out as PDF. Its fonts name first the CJK font the application ships
 * ({@link NoticePdf#FONT_FAMILIES}, which only the PDF knows: a browser passes over it to the fonts a Chinese desktop has).
 */
public final class NoticeDocument {

    private static final String BLANK = "<span class=\"blank\"></span>";
    private static final String SHORT_BLANK = "<span class=\"blank short\"></span>";

    /**
     * A4 with the margins of an official document (GB/T 9704: about 37 mm top, 28 mm left), narrowed a little so a long
     * notice and its receipt still fit one sheet; the body in 11 pt, about 小四.
     */
    private static final String STYLE = """
            @page{size:A4;margin:25mm 22mm 20mm 25mm}
            body{font-family:%s,"SimSun","Songti SC",serif;font-size:11pt;line-height:1.55;max-width:42em;margin:2em auto;color:#000}
            h1{text-align:center;letter-spacing:.2em;font-size:18pt;margin:0 0 .3em 0}
            h2{font-size:12pt;margin:.7em 0 .2em 0}
            p{margin:.2em 0}
            .no{text-align:right}
            table{border-collapse:collapse;width:100%%}
            td,th{border:1px solid #000;padding:.2em .45em;text-align:left;vertical-align:top}
            th{width:8.5em;font-weight:normal}
            .seal{text-align:right;margin-top:1.2em}
            .cut{margin-top:1.6em;border-top:1.2pt dashed #000;text-align:center;font-size:8pt;color:#444}
            .receipt{page-break-inside:avoid}
            .receipt h2{text-align:center;letter-spacing:.3em;margin-top:.6em}
            .blank{display:inline-block;min-width:10em;border-bottom:1px solid #000}
            .blank.short{min-width:3em}
            @media print{body{margin:0;max-width:none}}
            """.formatted(NoticePdf.FONT_FAMILIES);

    private NoticeDocument() {
    }

    /**
     * @param bureau the bureau that issues the notice and seals it (签发机关); blank: the seal line stays unnamed
     */
    public static String render(NoticeEntry notice, ParcelDetail parcel, String bureau) {
        String title = notice.getType() == null ? "通知书" : notice.getType().title();
        String landUser = parcel == null || parcel.landUser() == null ? null : parcel.landUser().name();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
            .append("<meta charset=\"utf-8\"/>\n<title>")
            .append(e(title)).append(' ').append(e(notice.getNoticeNo())).append("</title>\n<style>\n").append(STYLE)
            .append("</style>\n</head>\n<body>\n")
            .append("<h1>").append(e(title)).append("</h1>\n")
            .append("<p class=\"no\">编号：").append(e(notice.getNoticeNo())).append("</p>\n")
            .append("<table>\n");
        row(html, "电子监管号", notice.getParcelId());
        if (parcel != null) {
            row(html, "合同编号", parcel.contractNo());
            row(html, "项目名称", parcel.projectName());
            row(html, "用地单位", landUser);
            row(html, "统一社会信用代码", parcel.landUser() == null ? null : parcel.landUser().creditCode());
            row(html, "土地坐落", PrintedText.location(parcel.township(), parcel.location()));
        }
        if (notice.getInstallmentNo() != null) {
            row(html, "期号", "第" + notice.getInstallmentNo() + "期");
        }
        row(html, "涉及日期", date(notice.getDueDate()));
        row(html, "签发日期", date(notice.getIssuedOn()));
        html.append("</table>\n")
            .append("<h2>事实</h2>\n<p>").append(e(notice.getFacts())).append("</p>\n")
            .append("<h2>责任</h2>\n<p>").append(e(notice.getLiability())).append("</p>\n")
            .append("<p class=\"seal\">").append(bureau == null || bureau.isBlank() ? "" : e(bureau.strip()))
            .append("（盖章）<br/>").append(e(date(notice.getIssuedOn()))).append("</p>\n")
            .append("<div class=\"receipt\">\n<p class=\"cut\">（沿此虚线剪下，送达回执交回签发机关）</p>\n<h2>送达回执</h2>\n<table>\n");
        row(html, "文书名称", title + "（" + notice.getNoticeNo() + "）");
        row(html, "送达机关", bureau);
        row(html, "受送达人", landUser);
        rawRow(html, "送达日期", notice.getDeliveredOn() == null
                ? BLANK + "年" + SHORT_BLANK + "月" + SHORT_BLANK + "日" : e(date(notice.getDeliveredOn())));
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
}
