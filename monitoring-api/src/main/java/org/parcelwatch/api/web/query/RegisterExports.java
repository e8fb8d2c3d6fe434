package org.parcelwatch.api.web.query;

import static org.parcelwatch.api.application.export.Column.amount;
import static org.parcelwatch.api.application.export.Column.date;
import static org.parcelwatch.api.application.export.Column.integer;
import static org.parcelwatch.api.application.export.Column.text;

import java.util.ArrayList;
import java.util.List;
import org.parcelwatch.api.application.export.Column;
import org.parcelwatch.api.application.export.ExportTable;
import org.parcelwatch.api.application.export.ExportWorkbook;
import org.parcelwatch.api.application.export.XlsxTableWriter;
import org.parcelwatch.api.application.imports.LedgerColumns;
import org.parcelwatch.projections.ledger.LedgerEventRow;
import org.parcelwatch.projections.ledger.LedgerExportRow;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.parcelwatch.projections.breach.BreachRow;
import org.parcelwatch.projections.idle.IdleCaseRow;
import org.parcelwatch.projections.ledger.LedgerRow;
import org.parcelwatch.projections.notice.NoticeRow;

/**
 * The columns of each register's download (.xlsx and CSV): Chinese headers, in the order the bureau's ledgers keep
 * them, each typed (dates, amounts with two decimals, counts, texts). One definition per register; the file formats
 * are the writers' business.
 */
public final class RegisterExports {

    private RegisterExports() {
    }

    /** 供地台账: one row per parcel. */
    public static final ExportTable<LedgerRow> LEDGER = new ExportTable<>("供地台账", "ledger", List.of(
            text("电子监管号", LedgerRow::parcelId),
            text("合同编号", LedgerRow::contractNo),
            text("宗地编号", LedgerRow::parcelCode),
            text("供地方式", row -> RegisterNames.supplyMethod(row.supplyMethod())),
            text("项目名称", LedgerRow::projectName),
            text("土地使用权人", LedgerRow::landUserName),
            text("统一社会信用代码", LedgerRow::creditCode),
            text("坐落", LedgerRow::location),
            text("乡镇", LedgerRow::township),
            text("行政区代码", LedgerRow::districtCode),
            text("土地用途代码", LedgerRow::landUse),
            text("土地用途", LedgerRow::landUseName),
            amount("面积（平方米）", LedgerRow::areaSqm),
            amount("成交价款（元）", LedgerRow::totalPrice),
            amount("已缴价款（元）", LedgerRow::paid),
            amount("欠缴价款（元）", LedgerRow::outstanding),
            text("阶段", row -> RegisterNames.stage(row.stage())),
            date("签订日期", LedgerRow::signedOn),
            date("约定交地日期", LedgerRow::agreedHandoverDate),
            date("实际交地日期", LedgerRow::actualHandoverDate),
            date("约定开工日期", LedgerRow::agreedStartDate),
            date("实际开工日期", LedgerRow::actualStartDate),
            date("约定竣工日期", LedgerRow::agreedCompletionDate),
            date("实际竣工日期", LedgerRow::actualCompletionDate),
            text("闲置状态", LedgerRow::idleStatus),
            text("预警标记", row -> RegisterNames.flags(row.flags())),
            text("开工阶段已巡查", row -> RegisterNames.yesNo(row.patrolledStartStage())),
            text("竣工阶段已巡查", row -> RegisterNames.yesNo(row.patrolledCompletionStage())),
            date("下一监管节点", LedgerRow::nextDueOn),
            text("国土员", LedgerRow::officer)));

    /**
     * 供地台账 as downloaded: {@link #LEDGER}'s columns, then the first {@code installments} installments in pairs of
     * columns (第N期约定支付日期 / 第N期约定支付金额（元）), the layout the ledger import reads ({@link LedgerColumns}).
     */
    public static ExportTable<LedgerExportRow> ledger(int installments) {
        List<Column<LedgerExportRow>> columns = new ArrayList<>();
        for (Column<LedgerRow> column : LEDGER.columns()) {
            columns.add(new Column<>(column.header(), column.type(), row -> column.value().apply(row.row())));
        }
        for (int no = 1; no <= installments; no++) {
            int n = no;
            columns.add(date(LedgerColumns.installmentDate(no), row -> row.installment(n) == null ? null : row.installment(n).dueDate()));
            columns.add(amount(LedgerColumns.installmentAmount(no), row -> row.installment(n) == null ? null : row.installment(n).amount()));
        }
        return new ExportTable<>(LEDGER.title(), LEDGER.asciiName(), columns);
    }

    /** 事件: the ledger's dated events, the download's second sheet, in the ledger import's layout. */
    public static final ExportTable<LedgerEventRow> LEDGER_EVENTS = new ExportTable<>(LedgerColumns.EVENTS, "events", List.of(
            text(LedgerColumns.EVENT_PARCEL, LedgerEventRow::parcelId),
            text(LedgerColumns.EVENT_KIND, row -> LedgerColumns.Event.valueOf(row.kind().name()).word()),
            date(LedgerColumns.EVENT_DAY, LedgerEventRow::day),
            amount(LedgerColumns.EVENT_AMOUNT, LedgerEventRow::amount),
            text(LedgerColumns.EVENT_DOCUMENT, LedgerEventRow::document),
            text(LedgerColumns.EVENT_REMARK, LedgerEventRow::remark)));

    /**
     * The ledger download of the parcels the filter selects: 供地台账 with as many installment columns as its parcels
     * have installments, and (in the .xlsx) the sheet 事件 — what a re-import needs (README, Ledger import).
     */
    public static ExportWorkbook<LedgerExportRow> ledgerDownload(ParcelQueries parcels, LedgerFilter filter) {
        int installments = parcels.mostInstallments(filter);
        return new ExportWorkbook<>(ledger(installments), sink -> parcels.forEachLedgerRow(filter, installments, sink::accept),
                List.of(new XlsxTableWriter.Part<>(LEDGER_EVENTS, sink -> parcels.forEachLedgerEvent(filter, sink::accept))));
    }

    /** 通知书台账. */
    static final ExportTable<NoticeRow> NOTICES = new ExportTable<>("通知书台账", "notices", List.of(
            text("通知书编号", NoticeRow::noticeNo),
            text("通知书类型", row -> row.type().title()),
            text("电子监管号", NoticeRow::parcelId),
            integer("期号", NoticeRow::installmentNo),
            date("发出日期", NoticeRow::issuedOn),
            date("事项日期", NoticeRow::dueDate),
            text("事实", NoticeRow::facts),
            text("责任", NoticeRow::liability),
            date("送达日期", NoticeRow::deliveredOn),
            text("签收人", NoticeRow::receivedBy)));

    /** 闲置土地台账: the referral register. */
    static final ExportTable<IdleCaseRow> IDLE_REFERRALS = new ExportTable<>("闲置土地台账", "idle-referrals", List.of(
            text("电子监管号", IdleCaseRow::parcelId),
            text("乡镇", IdleCaseRow::township),
            text("项目名称", IdleCaseRow::projectName),
            text("土地使用权人", IdleCaseRow::landUserName),
            amount("面积（平方米）", IdleCaseRow::areaSqm),
            date("疑似闲置日期", IdleCaseRow::suspectedOn),
            text("疑似闲置情形", row -> RegisterNames.ground(row.ground())),
            date("闲置起算日期", IdleCaseRow::idleSince),
            text("状态", row -> RegisterNames.idleStatus(row.status())),
            date("核查日期", IdleCaseRow::verifiedOn),
            text("核查仍闲置", row -> RegisterNames.yesNo(row.stillIdle())),
            date("移交日期", IdleCaseRow::referredOn),
            date("调查期限", IdleCaseRow::investigationDueBy),
            text("调查通知书编号", IdleCaseRow::investigationNoticeNo),
            text("闲置土地认定书编号", IdleCaseRow::determinationNo),
            date("认定日期", IdleCaseRow::determinedOn),
            text("闲置原因", row -> IdleLandNames.cause(row.cause())),
            date("可无偿收回日期", IdleCaseRow::recoveryEligibleFrom),
            text("处置方式", row -> IdleLandNames.disposal(row.disposalMethod())),
            text("处置决定书编号", IdleCaseRow::decisionNo),
            date("处置决定日期", IdleCaseRow::decidedOn),
            amount("土地闲置费（元）", IdleCaseRow::idleFee)));

    /** 违约台账: the breach register. */
    static final ExportTable<BreachRow> BREACHES = new ExportTable<>("违约台账", "breaches", List.of(
            text("电子监管号", BreachRow::parcelId),
            text("乡镇", BreachRow::township),
            text("项目名称", BreachRow::projectName),
            text("土地使用权人", BreachRow::landUserName),
            text("节点", row -> RegisterNames.milestone(row.milestone())),
            date("约定日期", BreachRow::agreedDate),
            date("逾期起算日期", BreachRow::missedFrom),
            text("状态", row -> RegisterNames.breachStatus(row.status())),
            text("原因", row -> IdleLandNames.cause(row.cause())),
            text("政府原因情形", row -> IdleLandNames.governmentCause(row.governmentCause())),
            text("查明情况", BreachRow::findings),
            date("查明日期", BreachRow::foundOn),
            text("履约通知书编号", BreachRow::performanceNoticeNo),
            date("实际履行日期", BreachRow::reachedOn),
            date("延期至", BreachRow::extendedTo)));
}
