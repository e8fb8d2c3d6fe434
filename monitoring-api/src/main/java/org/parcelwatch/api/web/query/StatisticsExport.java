package org.parcelwatch.api.web.query;

import static org.parcelwatch.api.application.export.Column.amount;
import static org.parcelwatch.api.application.export.Column.integer;
import static org.parcelwatch.api.application.export.Column.percent;
import static org.parcelwatch.api.application.export.Column.text;

import java.util.ArrayList;
import java.util.List;
import org.parcelwatch.api.application.export.Column;
import org.parcelwatch.api.application.export.ExportTable;
import org.parcelwatch.projections.statistics.Statistics;
import org.parcelwatch.projections.statistics.StatisticsGroup;

/**
 * The statistics as a sheet (供地监管统计): one row per group, then 合计 (the total), the group columns only for the
 * dimensions asked for.
 */
final class StatisticsExport {

    private StatisticsExport() {
    }

    static ExportTable<StatisticsGroup> table(Statistics statistics) {
        List<Column<StatisticsGroup>> columns = new ArrayList<>();
        boolean grouped = !statistics.groupBy().isEmpty();
        // the total row has no group values: it names itself in the first column
        String first = statistics.groupBy().isEmpty() ? null : statistics.groupBy().get(0);
        for (String dimension : statistics.groupBy()) {
            boolean labelsTotal = dimension.equals(first);
            switch (dimension) {
                case "township" -> columns.add(text("乡镇", g -> label(statistics, g, g.township(), labelsTotal)));
                case "landUse" -> {
                    columns.add(text("土地用途代码", g -> label(statistics, g, g.landUse(), labelsTotal)));
                    columns.add(text("土地用途", StatisticsGroup::landUseName));
                }
                case "supplyMethod" -> columns.add(text("供地方式",
                        g -> label(statistics, g, RegisterNames.supplyMethod(g.supplyMethod()), labelsTotal)));
                default -> throw new IllegalArgumentException(dimension);
            }
        }
        if (!grouped) {
            columns.add(text("范围", g -> statistics.township() == null ? "全县" : statistics.township()));
        }
        columns.addAll(List.of(
                integer(statistics.year() + "年供地宗数", StatisticsGroup::parcelsSupplied),
                amount("供地面积（平方米）", StatisticsGroup::areaSqm),
                amount("供地面积（亩）", StatisticsGroup::areaMu),
                amount("成交价款（元）", StatisticsGroup::contractPrice),
                amount("年内实收价款（元）", StatisticsGroup::received),
                amount("年末欠缴价款（元）", StatisticsGroup::overdueAtYearEnd),
                integer("应开工宗数", StatisticsGroup::startsDue),
                integer("按期开工宗数", StatisticsGroup::startsMet),
                integer("应竣工宗数", StatisticsGroup::completionsDue),
                integer("按期竣工宗数", StatisticsGroup::completionsMet),
                integer("认定闲置宗数", StatisticsGroup::idleDetermined),
                amount("认定闲置面积（亩）", StatisticsGroup::idleDeterminedMu),
                integer("处置闲置宗数", StatisticsGroup::idleDisposed),
                amount("处置闲置面积（亩）", StatisticsGroup::idleDisposedMu),
                integer("已交地宗数", StatisticsGroup::handedOver),
                integer("挂牌施工宗数", StatisticsGroup::boardPosted),
                percent("挂牌施工率", StatisticsGroup::boardPostedRate),
                integer("巡查发现改变用途次数", StatisticsGroup::useChangeFindings),
                integer("改变用途宗数", StatisticsGroup::useChangeParcels)));
        return new ExportTable<>("供地监管统计", "statistics-" + statistics.year(), columns);
    }

    /** A group's value; in the total row 合计 in the first group column. */
    private static String label(Statistics statistics, StatisticsGroup group, String value, boolean labelsTotal) {
        return group == statistics.total() && labelsTotal ? "合计" : value;
    }
}
