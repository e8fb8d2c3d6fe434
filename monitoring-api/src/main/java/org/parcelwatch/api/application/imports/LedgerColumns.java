package org.parcelwatch.api.application.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcelwatch.api.application.export.CellType;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * The columns of the Excel ledger (台账) a county imports ({@code seeds/ledger-template.xlsx}): their Chinese
 * headers, what each holds and the field of the seed file's JSON it becomes. One place for the names, read by the
 * reader ({@link LedgerWorkbook}) and the template ({@link LedgerTemplate}).
 *
 * <p>The parcels sheet has the name and headers of the ledger download ({@code GET /parcels} as .xlsx, sheet
 * 供地台账), so a downloaded ledger reads back: the download's figures worked out from events (已缴价款, 阶段,
 * 预警标记…) are {@link #DERIVED} and ignored on import.
 */
public final class LedgerColumns {

    /** The parcels: one row per supply, its installments in columns. The ledger download's sheet has this name. */
    public static final String PARCELS = "供地台账";
    /** Past events, one row each: payments, handovers, starts, completions, notice deliveries. */
    public static final String EVENTS = "事件";
    /** The template's notes sheet; not read. */
    public static final String NOTES = "填写说明";
    /** Installment columns the template offers; the reader takes any number ({@code 第N期…}). */
    public static final int TEMPLATE_INSTALLMENTS = 6;

    private static final Pattern INSTALLMENT = Pattern.compile("第(\\d{1,3})期约定支付(日期|金额（元）)");

    private LedgerColumns() {
    }

    /**
     * One column: its header, the JSON path in the seed record it fills (dotted for nested objects), the cell it
     * holds, whether a row needs it, and the note the template gives.
     */
    public record Field(String header, String path, CellType type, boolean required, String note) {
    }

    /** The parcels sheet's columns that describe the contract (DESIGN §4's registration body), in template order. */
    public static final List<Field> PARCEL_FIELDS = List.of(
            new Field("电子监管号", "parcelId", CellType.TEXT, true, "16 位：6 位县级代码、年份、B、序号"),
            new Field("合同编号", "contractNo", CellType.TEXT, true, "出让合同或划拨决定书编号"),
            new Field("宗地编号", "parcelCode", CellType.TEXT, false, ""),
            new Field("供地方式", "supplyMethod", CellType.TEXT, true, "招标、拍卖、挂牌、协议或划拨"),
            new Field("项目名称", "projectName", CellType.TEXT, false, ""),
            new Field("土地使用权人", "landUser.name", CellType.TEXT, true, ""),
            new Field("统一社会信用代码", "landUser.creditCode", CellType.TEXT, true, "18 位，按 GB 32100-2015 校验"),
            new Field("坐落", "location", CellType.TEXT, false, ""),
            new Field("乡镇", "township", CellType.TEXT, false, ""),
            new Field("行政区代码", "districtCode", CellType.TEXT, false, "6 位"),
            new Field("土地用途代码", "landUse", CellType.TEXT, true, "GB/T 21010-2017，如 0601 工业用地、0701 城镇住宅用地"),
            new Field("面积（平方米）", "areaSqm", CellType.AMOUNT, true, "两位小数"),
            new Field("出让年限（年）", "termYears", CellType.INTEGER, false, "不超过法定最高年限"),
            new Field("成交价款（元）", "totalPrice", CellType.AMOUNT, true, "划拨为 0"),
            new Field("签订日期", "signedOn", CellType.DATE, true, "日期单元格或 2024-02-01"),
            new Field("约定交地日期", "agreedHandoverDate", CellType.DATE, true, ""),
            new Field("约定开工日期", "agreedStartDate", CellType.DATE, true, ""),
            new Field("约定竣工日期", "agreedCompletionDate", CellType.DATE, true, ""),
            new Field("规划建筑面积（平方米）", "plannedFloorAreaSqm", CellType.AMOUNT, false, ""),
            new Field("总投资（元）", "totalInvestment", CellType.AMOUNT, false, ""));

    /** Columns of the ledger download that are worked out from the parcel's events; a read ignores them. */
    public static final Set<String> DERIVED = Set.of("土地用途", "已缴价款（元）", "欠缴价款（元）", "阶段", "实际交地日期",
            "实际开工日期", "实际竣工日期", "闲置状态", "预警标记", "开工阶段已巡查", "竣工阶段已巡查", "下一监管节点",
            // the land officer is assigned by the desk (PUT /parcels/{id}/officer); the import does not read it yet
            "国土员");

    public static String installmentDate(int no) {
        return "第" + no + "期约定支付日期";
    }

    public static String installmentAmount(int no) {
        return "第" + no + "期约定支付金额（元）";
    }

    /** The installment a header is of ({@code 第2期约定支付日期} → 2, and whether it is the amount). */
    record InstallmentColumn(int no, boolean amount) {
        static Optional<InstallmentColumn> of(String header) {
            Matcher m = INSTALLMENT.matcher(header);
            return m.matches() ? Optional.of(new InstallmentColumn(Integer.parseInt(m.group(1)), m.group(2).startsWith("金额")))
                    : Optional.empty();
        }
    }

    /** The events sheet's columns. */
    public static final String EVENT_PARCEL = "电子监管号";
    public static final String EVENT_KIND = "事件";
    public static final String EVENT_DAY = "日期";
    public static final String EVENT_AMOUNT = "金额（元）";
    public static final String EVENT_DOCUMENT = "文号";
    public static final String EVENT_REMARK = "说明";

    public static final List<Field> EVENT_FIELDS = List.of(
            new Field(EVENT_PARCEL, "parcelId", CellType.TEXT, true, "供地台账中的电子监管号"),
            new Field(EVENT_KIND, "action", CellType.TEXT, true, "缴款、交地、开工、竣工或送达"),
            new Field(EVENT_DAY, "", CellType.DATE, true, "缴款日、交地日、开工日、竣工日或送达日"),
            new Field(EVENT_AMOUNT, "amount", CellType.AMOUNT, false, "缴款金额"),
            new Field(EVENT_DOCUMENT, "", CellType.TEXT, false, "缴款：票据号；交地：交地确认书编号；竣工：验收文号；送达：通知书编号"),
            new Field(EVENT_REMARK, "", CellType.TEXT, false, "开工：开工依据；送达：签收人"));

    /**
     * The events a ledger's events sheet may record, each the seed file's action of that name: which body field the
     * date, the document number and the remark fill.
     */
    public enum Event {
        PAYMENT("缴款", ActionKind.PAYMENT, "receiptNo", null),
        HANDOVER("交地", ActionKind.HANDOVER, "documentNo", null),
        START("开工", ActionKind.START, null, "evidence"),
        COMPLETION("竣工", ActionKind.COMPLETION, "acceptanceNo", null),
        NOTICE_DELIVERY("送达", ActionKind.NOTICE_DELIVERY, "noticeNo", "receivedBy");

        private final String word;
        private final ActionKind kind;
        private final String documentField;
        private final String remarkField;

        Event(String word, ActionKind kind, String documentField, String remarkField) {
            this.word = word;
            this.kind = kind;
            this.documentField = documentField;
            this.remarkField = remarkField;
        }

        public String word() {
            return word;
        }

        public ActionKind kind() {
            return kind;
        }

        String dateField() {
            return kind.dateField();
        }

        String documentField() {
            return documentField;
        }

        String remarkField() {
            return remarkField;
        }

        /** By its Chinese word or the seed file's action name ({@code 缴款} or {@code payment}). */
        static Optional<Event> of(String text) {
            return Arrays.stream(values()).filter(e -> e.word.equals(text) || e.kind.jsonName().equals(text)).findFirst();
        }
    }

    private static final Map<String, SupplyMethod> SUPPLY_METHODS = Map.of("招标", SupplyMethod.TENDER,
            "拍卖", SupplyMethod.AUCTION, "挂牌", SupplyMethod.LISTING, "协议", SupplyMethod.AGREEMENT,
            "划拨", SupplyMethod.ALLOCATION);

    /** The supply method of a cell: its Chinese word as the download writes it, or the code (LISTING). */
    static Optional<SupplyMethod> supplyMethod(String text) {
        if (SUPPLY_METHODS.containsKey(text)) {
            return Optional.of(SUPPLY_METHODS.get(text));
        }
        return Arrays.stream(SupplyMethod.values()).filter(m -> m.name().equals(text)).findFirst();
    }

    /** The Chinese word of a supply method, as the download ({@code RegisterNames}) and the template write it. */
    public static String supplyMethodWord(SupplyMethod method) {
        return SUPPLY_METHODS.entrySet().stream().filter(e -> e.getValue() == method).map(Map.Entry::getKey)
                             .findFirst().orElseThrow();
    }

    /** The header of the column that holds a JSON field of a record, for naming where a refusal stands. */
    static Optional<String> headerOfField(String path) {
        return PARCEL_FIELDS.stream().filter(f -> f.path().equals(path) || f.path().endsWith("." + path))
                            .map(Field::header).findFirst();
    }
}
