package org.parcelwatch.api.web.query;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The idle-land list as the page the bureau prints and posts (《闲置土地处置办法》第十条), in the style of the printed
 * notices ({@link NoticeDocument}): a landscape table, one line per parcel, with the totals and how 亩 were reckoned.
 * Every piece of text is escaped.
 */
final class IdleLandDisclosureDocument {

    private static final String[] HEADINGS = {"序号", "电子监管号", "土地坐落", "国有建设用地使用权人", "面积（平方米）",
            "面积（亩）", "土地用途", "闲置起始日期", "闲置原因", "闲置土地认定书", "处置方式", "处置决定书",
            "人民政府批准文件"};

    private IdleLandDisclosureDocument() {
    }

    /**
     * @param bureaus the bureaus that publish the list and seal it (each county's, as its notices are signed); none:
     *                the seal line stays unnamed, to be filled by the seal itself
     */
    static String render(IdleLandDisclosureView list, LocalDate today, List<String> bureaus) {
        String title = list.year() + "年度闲置土地信息公开";
        StringBuilder html = new StringBuilder(4096 + 1024 * list.entries().size());
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .append(e(title)).append("</title>\n<style>\n")
            .append("body{font-family:\"SimSun\",\"Songti SC\",serif;margin:2em;line-height:1.6}\n")
            .append("h1{text-align:center;letter-spacing:.1em;font-size:1.6em}\n.basis{text-align:center}\n")
            .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:.3em .4em;text-align:left;"
                    + "vertical-align:top}\n")
            .append("th{font-weight:normal;background:#f2f2f2}\n.num{text-align:right;white-space:nowrap}\n")
            .append(".note{font-size:.9em}\n.seal{text-align:right;margin-top:2em}\n")
            .append("@page{size:A4 landscape}\n@media print{body{margin:0}th{background:none}}\n</style>\n</head>\n<body>\n")
            .append("<h1>").append(e(title)).append("</h1>\n")
            .append("<p class=\"basis\">依据《闲置土地处置办法》（国土资源部令第53号）第十条公开</p>\n");
        if (list.entries().isEmpty()) {
            html.append("<p>").append(list.year()).append("年度无认定的闲置土地。</p>\n");
        } else {
            html.append("<table>\n<thead><tr>");
            for (String heading : HEADINGS) {
                html.append("<th>").append(e(heading)).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            BigDecimal sqm = BigDecimal.ZERO;
            BigDecimal mu = BigDecimal.ZERO;
            for (IdleLandDisclosureView.Entry entry : list.entries()) {
                row(html, entry);
                sqm = sqm.add(Objects.requireNonNullElse(entry.areaSqm(), BigDecimal.ZERO));
                mu = mu.add(Objects.requireNonNullElse(entry.areaMu(), BigDecimal.ZERO));
            }
            html.append("<tr><td colspan=\"4\">合计 ").append(list.count()).append(" 宗</td><td class=\"num\">")
                .append(amount(sqm)).append("</td><td class=\"num\">").append(amount(mu))
                .append("</td><td colspan=\"7\"></td></tr>\n</tbody>\n</table>\n");
        }
        html.append("<p class=\"note\">注：面积（亩）按 1 亩 = 10000/15 平方米（约 666.67 平方米）换算，四舍五入保留两位小数；"
                        + "合计（亩）为各宗亩数之和。处置方式为最近一次处置决定。</p>\n")
            .append("<p class=\"seal\">").append(seal(bureaus)).append(e(PrintedText.date(today))).append("</p>\n")
            .append("</body>\n</html>\n");
        return html.toString();
    }

    /** One line per bureau with its seal, as a notice's seal line; none named: the publisher's seal unnamed. */
    private static String seal(List<String> bureaus) {
        if (bureaus == null || bureaus.isEmpty()) {
            return "（发布机关盖章）<br>";
        }
        StringBuilder lines = new StringBuilder();
        bureaus.forEach(bureau -> lines.append(e(bureau.strip())).append("（盖章）<br>"));
        return lines.toString();
    }

    private static void row(StringBuilder html, IdleLandDisclosureView.Entry entry) {
        String cause = entry.governmentCauseName() == null ? entry.causeName()
                : entry.causeName() + "：" + entry.governmentCauseName();
        html.append("<tr>");
        cell(html, String.valueOf(entry.no()));
        cell(html, entry.parcelId());
        cell(html, entry.location());
        cell(html, entry.landUserName());
        html.append("<td class=\"num\">").append(amount(entry.areaSqm())).append("</td>");
        html.append("<td class=\"num\">").append(amount(entry.areaMu())).append("</td>");
        cell(html, entry.landUseName() == null ? entry.landUse() : entry.landUseName());
        cell(html, PrintedText.date(entry.idleSince()));
        cell(html, cause);
        cell(html, numbered(entry.determinationNo(), entry.determinedOn()));
        cell(html, entry.disposalName() == null ? "待处置" : entry.disposalName());
        cell(html, numbered(entry.decisionNo(), entry.decidedOn()));
        cell(html, numbered(entry.approvalNo(), entry.approvedOn()));
        html.append("</tr>\n");
    }

    private static void cell(StringBuilder html, String text) {
        html.append("<td>").append(e(text)).append("</td>");
    }

    /** A document's number and date: "XZRD-1（2025年11月20日）". */
    private static String numbered(String number, LocalDate on) {
        if (number == null) {
            return "";
        }
        return on == null ? number : number + "（" + PrintedText.date(on) + "）";
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static String e(String text) {
        return PrintedText.escape(text);
    }
}
