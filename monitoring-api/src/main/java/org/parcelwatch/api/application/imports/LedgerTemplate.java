package org.parcelwatch.api.application.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.parcelwatch.api.application.export.CellType;
import org.parcelwatch.api.application.export.Column;
import org.parcelwatch.api.application.export.ExportTable;
import org.parcelwatch.api.application.export.XlsxTableWriter;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * Writes the Excel ledger template ({@code seeds/ledger-template.xlsx}) from {@link LedgerColumns}: the sheet
 * 供地台账 with one example parcel and {@value LedgerColumns#TEMPLATE_INSTALLMENTS} installments in columns, the
 * sheet 事件 with its example events, and 填写说明, a note per column. Written by the export's own writer
 * ({@link XlsxTableWriter}), so the template's cells are typed as a download's are. {@code LedgerTemplateTest} checks
 * that the committed file holds what this writes; {@code main} writes it again after a column changes.
 */
public final class LedgerTemplate {

    private static final String EXAMPLE_PARCEL = "1305302025B00090";
    private static final String EXAMPLE_CREDIT_CODE = "91130530MA0GQY7K3" + CreditCode.checkCharacter("91130530MA0GQY7K3");

    private LedgerTemplate() {
    }

    /** {@code java … LedgerTemplate seeds/ledger-template.xlsx}: writes the template there. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "seeds/ledger-template.xlsx");
        Files.write(target, bytes());
    }

    public static byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(OutputStream out) throws IOException {
        new XlsxTableWriter().writeAll(List.of(
                new XlsxTableWriter.Part<>(table(LedgerColumns.PARCELS, "ledger", parcelColumns()), List.of(exampleParcel())::forEach),
                new XlsxTableWriter.Part<>(table(LedgerColumns.EVENTS, "events", eventColumns()), exampleEvents()::forEach),
                new XlsxTableWriter.Part<>(table(LedgerColumns.NOTES, "notes", List.of(
                        new Header("工作表", CellType.TEXT), new Header("列", CellType.TEXT),
                        new Header("必填", CellType.TEXT), new Header("说明", CellType.TEXT))), notes()::forEach)), out);
    }

    /** The parcels sheet's headers in order: the contract's fields, then the installments' date and amount. */
    public static List<Header> parcelColumns() {
        List<Header> headers = new ArrayList<>();
        LedgerColumns.PARCEL_FIELDS.forEach(f -> headers.add(new Header(f.header(), f.type())));
        for (int no = 1; no <= LedgerColumns.TEMPLATE_INSTALLMENTS; no++) {
            headers.add(new Header(LedgerColumns.installmentDate(no), CellType.DATE));
            headers.add(new Header(LedgerColumns.installmentAmount(no), CellType.AMOUNT));
        }
        return headers;
    }

    public static List<Header> eventColumns() {
        return LedgerColumns.EVENT_FIELDS.stream().map(f -> new Header(f.header(), f.type())).toList();
    }

    /** A column of the template: its header and cell type. */
    public record Header(String header, CellType type) {
    }

    private static ExportTable<List<Object>> table(String title, String asciiName, List<Header> headers) {
        List<Column<List<Object>>> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int at = i;
            Function<List<Object>, Object> value = row -> at < row.size() ? row.get(at) : null;
            columns.add(new Column<>(headers.get(i).header(), headers.get(i).type(), value));
        }
        return new ExportTable<>(title, asciiName, columns);
    }

    private static List<Object> exampleParcel() {
        List<Object> row = new ArrayList<>(List.of(EXAMPLE_PARCEL, "XH-CR-2025-090", "130530105090",
                LedgerColumns.supplyMethodWord(SupplyMethod.LISTING), "示例：轴承加工厂房（导入前请删除本行）",
                "新河县示例轴承有限公司", EXAMPLE_CREDIT_CODE, "新河镇工业路东段北侧", "新河镇", "130530", "0601",
                new BigDecimal("20000.00"), 50, new BigDecimal("6000000.00"), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 11, 1), LocalDate.of(2027, 11, 1),
                new BigDecimal("30000.00"), new BigDecimal("60000000.00"),
                LocalDate.of(2025, 4, 1), new BigDecimal("3000000.00"), LocalDate.of(2025, 9, 1), new BigDecimal("3000000.00")));
        return row;
    }

    private static List<List<Object>> exampleEvents() {
        // empty cells are nulls: the writer leaves them blank
        return List.of(
                Arrays.asList(EXAMPLE_PARCEL, LedgerColumns.Event.PAYMENT.word(), LocalDate.of(2025, 3, 28),
                        new BigDecimal("3000000.00"), "XH-PJ-2025-0328-01"),
                Arrays.asList(EXAMPLE_PARCEL, LedgerColumns.Event.HANDOVER.word(), LocalDate.of(2025, 4, 28), null,
                        "XH-JD-2025-090"),
                Arrays.asList(EXAMPLE_PARCEL, LedgerColumns.Event.PAYMENT.word(), LocalDate.of(2025, 8, 30),
                        new BigDecimal("3000000.00"), "XH-PJ-2025-0830-02"),
                Arrays.asList(EXAMPLE_PARCEL, LedgerColumns.Event.START.word(), LocalDate.of(2025, 10, 20), null, null,
                        "基础开挖，施工许可证 130530202510200101"));
    }

    private static List<List<Object>> notes() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(LedgerColumns.PARCELS, "", "", "每宗地一行；表头须与本模板一致（可删去选填列，可增加第7期及以后的分期列）。"
                + "供地台账导出文件（GET /parcels，.xlsx）可直接导入，其中已缴价款、阶段、预警标记等计算列导入时忽略。"));
        for (LedgerColumns.Field field : LedgerColumns.PARCEL_FIELDS) {
            rows.add(List.of(LedgerColumns.PARCELS, field.header(), field.required() ? "是" : "否", field.note()));
        }
        rows.add(List.of(LedgerColumns.PARCELS, "第N期约定支付日期 / 第N期约定支付金额（元）", "出让必填",
                "分期缴款：每期一对列，金额之和须等于成交价款；划拨不填"));
        rows.add(List.of(LedgerColumns.EVENTS, "", "", "已发生的事项，每件一行，按日期先后导入；导入日以前的事项按其日期记入历史"));
        for (LedgerColumns.Field field : LedgerColumns.EVENT_FIELDS) {
            rows.add(List.of(LedgerColumns.EVENTS, field.header(), field.required() ? "是" : "否", field.note()));
        }
        return rows;
    }
}
