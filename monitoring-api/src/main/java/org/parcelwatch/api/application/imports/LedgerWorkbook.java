package org.parcelwatch.api.application.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcelwatch.api.application.export.ExportFormat;
import org.parcelwatch.api.application.imports.ImportRefusal.Where;
import org.parcelwatch.api.application.imports.LedgerColumns.Field;
import org.parcelwatch.api.application.imports.LedgerColumns.InstallmentColumn;

/**
 * Reads a county's Excel ledger (台账, the layout of {@code seeds/ledger-template.xlsx}, {@link LedgerColumns}) into
 * a {@link SeedFile}, the form every import takes: each row of 供地台账 becomes a record (its registration body, the
 * installments from the 第N期 columns), each row of 事件 an action of its parcel's record. From there the import is
 * the JSON file's: one mechanism, one report.
 *
 * <p>A cell that does not hold what its column asks (a date that is not one, an unknown supply method) refuses its
 * row as {@code MALFORMED_RECORD}; every refusal, here or later from the rules, names sheet, row and column
 * ({@link ImportRefusal.Where}). A file that is not a workbook, or lacks a sheet or column the ledger needs, is not a
 * ledger ({@link InvalidSeedFileException}); one that would unpack past the limits is {@link TooLargeException}.
 */
public final class LedgerWorkbook {

    public static final String MEDIA_TYPE = ExportFormat.XLSX_MEDIA_TYPE;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Guards POI's process-wide zip limits while a workbook is opened. */
    private static final Object ZIP_LIMITS = new Object();

    /**
     * What a workbook may unpack to: POI's zip-bomb guard ({@link ZipSecureFile}: no part larger than
     * {@code maxUnzippedBytes}, none compressed more than POI's ratio allows) and the rows a sheet may have.
     */
    public record Limits(long maxUnzippedBytes, int maxRows) {
        public static final Limits DEFAULT = new Limits(100L * 1024 * 1024, 100_000);
    }

    /** The workbook would unpack past the limits: answered 413, as a body over the size limit is. */
    public static class TooLargeException extends RuntimeException {
        TooLargeException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private LedgerWorkbook() {
    }

    /** Whether a file's name says it is a workbook (the command line picks the reader by it). */
    public static boolean isWorkbook(String name) {
        return name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    public static SeedFile read(String name, byte[] bytes, Limits limits) {
        try (XSSFWorkbook workbook = open(name, bytes, limits)) {
            return new Reader(name, workbook, limits).read(SeedFile.sha256(bytes));
        } catch (IOException e) {
            throw new InvalidSeedFileException(name + " is not an .xlsx workbook: " + e.getMessage(), e);
        }
    }

    private static XSSFWorkbook open(String name, byte[] bytes, Limits limits) {
        synchronized (ZIP_LIMITS) {
            long entrySize = ZipSecureFile.getMaxEntrySize();
            try {
                ZipSecureFile.setMaxEntrySize(limits.maxUnzippedBytes());
                return new XSSFWorkbook(new ByteArrayInputStream(bytes));
            } catch (Exception e) {
                if (zipBomb(e)) {
                    throw new TooLargeException(name + " would unpack past parcelwatch.import.xlsx.max-unzipped-size ("
                            + limits.maxUnzippedBytes() + " bytes) or is compressed more than a workbook can be", e);
                }
                throw new InvalidSeedFileException(name + " is not an .xlsx workbook"
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            } finally {
                ZipSecureFile.setMaxEntrySize(entrySize);
            }
        }
    }

    /** POI says so in the message of the exception it raises, somewhere in the chain. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** One read: the rows taken, the places of the records and actions, the cells refused. */
    private static final class Reader {
        private final String name;
        private final XSSFWorkbook workbook;
        private final Limits limits;
        private final DataFormatter formatter = cachedValues(new DataFormatter(java.util.Locale.ROOT));
        private final List<ImportRefusal> refused = new ArrayList<>();
        /** The sheet row of each record, by its index in the file. */
        private final List<Integer> recordRows = new ArrayList<>();
        /** The sheet rows of each record's actions, in order. */
        private final Map<Integer, List<Integer>> actionRows = new HashMap<>();
        /** The events of each action, to name the column a refusal is about. */
        private final Map<Integer, List<LedgerColumns.Event>> actionEvents = new HashMap<>();
        private int dataRow;

        /** A formula's cell is read as the value the clerk saw (its cached result); nothing is evaluated. */
        private static DataFormatter cachedValues(DataFormatter formatter) {
            formatter.setUseCachedValuesForFormulaCells(true);
            return formatter;
        }

        /** The kind of value a cell holds; for a formula, that of its cached result. */
        private static CellType type(Cell cell) {
            return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        }

        Reader(String name, XSSFWorkbook workbook, Limits limits) {
            this.name = name;
            this.workbook = workbook;
            this.limits = limits;
        }

        SeedFile read(String contentHash) {
            Sheet parcels = workbook.getSheet(LedgerColumns.PARCELS);
            if (parcels == null) {
                throw new InvalidSeedFileException(name + " has no sheet 「" + LedgerColumns.PARCELS + "」 (sheet "
                        + LedgerColumns.PARCELS + "): see seeds/ledger-template.xlsx");
            }
            Sheet events = workbook.getSheet(LedgerColumns.EVENTS);
            for (Sheet sheet : events == null ? List.of(parcels) : List.of(parcels, events)) {
                if (sheet.getLastRowNum() > limits.maxRows()) {
                    throw new TooLargeException("sheet " + sheet.getSheetName() + " has " + sheet.getLastRowNum()
                            + " rows, more than parcelwatch.import.xlsx.max-rows (" + limits.maxRows() + ")", null);
                }
            }
            ArrayNode records = NODES.arrayNode();
            Map<String, ObjectNode> byParcel = new LinkedHashMap<>();
            Map<String, Integer> refusedParcels = new HashMap<>();
            readParcels(parcels, records, byParcel, refusedParcels);
            if (events != null) {
                readEvents(events, byParcel, refusedParcels);
            }
            ObjectNode root = NODES.objectNode();
            root.set("records", records);
            SeedFile file = SeedFile.parse(name, root, contentHash);
            List<ImportRefusal> malformed = new ArrayList<>(refused);
            malformed.addAll(file.malformed());
            return new SeedFile(name, contentHash, null, null, file.records(), malformed, this::locate);
        }

        // ---- 供地台账 ----------------------------------------------------------------------------------

        private void readParcels(Sheet sheet, ArrayNode records, Map<String, ObjectNode> byParcel,
                                 Map<String, Integer> refusedParcels) {
            Map<String, Integer> columns = headers(sheet);
            Map<String, Field> fields = new LinkedHashMap<>();
            TreeMap<Integer, Integer[]> installments = new TreeMap<>();
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                String header = column.getKey();
                Optional<Field> field = LedgerColumns.PARCEL_FIELDS.stream().filter(f -> f.header().equals(header)).findFirst();
                Optional<InstallmentColumn> installment = InstallmentColumn.of(header);
                if (field.isPresent()) {
                    fields.put(header, field.get());
                } else if (installment.isPresent()) {
                    installments.computeIfAbsent(installment.get().no(), no -> new Integer[2])
                            [installment.get().amount() ? 1 : 0] = column.getValue();
                } else if (!LedgerColumns.DERIVED.contains(header)) {
                    throw unknownColumn(sheet, header);
                }
            }
            requireColumns(sheet, columns, "电子监管号", "签订日期");
            for (Map.Entry<Integer, Integer[]> installment : installments.entrySet()) {
                if (installment.getValue()[0] == null || installment.getValue()[1] == null) {
                    throw new InvalidSeedFileException(name + ": sheet " + sheet.getSheetName() + " needs both "
                            + LedgerColumns.installmentDate(installment.getKey()) + " and "
                            + LedgerColumns.installmentAmount(installment.getKey()));
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row)) {
                    continue;
                }
                int sheetRow = r + 1;
                Cells cells = new Cells(sheet.getSheetName(), sheetRow, row);
                ObjectNode record = NODES.objectNode();
                for (Field field : fields.values()) {
                    cells.put(record, field, columns.get(field.header()));
                }
                ArrayNode terms = NODES.arrayNode();
                for (Map.Entry<Integer, Integer[]> installment : installments.entrySet()) {
                    int no = installment.getKey();
                    LocalDate due = cells.date(LedgerColumns.installmentDate(no), installment.getValue()[0]);
                    BigDecimal amount = cells.amount(LedgerColumns.installmentAmount(no), installment.getValue()[1]);
                    if (due != null && amount != null) {
                        terms.addObject().put("dueDate", due.toString()).put("amount", amount);
                    } else if (due != null || amount != null) {
                        cells.refuse(due == null ? LedgerColumns.installmentDate(no) : LedgerColumns.installmentAmount(no),
                                "installment " + no + " needs both its date and its amount");
                    }
                }
                if (!terms.isEmpty()) {
                    record.set("installments", terms);
                }
                String parcelId = record.path("parcelId").asText(null);
                if (parcelId == null && cells.problems.isEmpty()) {
                    cells.refuse("电子监管号", "the row has no parcel id (电子监管号)");
                } else if (parcelId != null && (byParcel.containsKey(parcelId) || refusedParcels.containsKey(parcelId))) {
                    cells.refuse("电子监管号", "parcel " + parcelId + " has another row in this sheet");
                }
                if (!cells.problems.isEmpty()) {
                    refused.addAll(cells.refusals(parcelId, dataRow, null, ImportRefusal.REGISTRATION));
                    if (parcelId != null) {
                        refusedParcels.putIfAbsent(parcelId, sheetRow);
                    }
                } else {
                    record.set("actions", NODES.arrayNode());
                    records.add(record);
                    byParcel.put(parcelId, record);
                    recordRows.add(sheetRow);
                }
                dataRow++;
            }
        }

        // ---- 事件 -------------------------------------------------------------------------------------

        private void readEvents(Sheet sheet, Map<String, ObjectNode> byParcel, Map<String, Integer> refusedParcels) {
            Map<String, Integer> columns = headers(sheet);
            for (String header : columns.keySet()) {
                if (LedgerColumns.EVENT_FIELDS.stream().noneMatch(f -> f.header().equals(header))) {
                    throw unknownColumn(sheet, header);
                }
            }
            requireColumns(sheet, columns, LedgerColumns.EVENT_PARCEL, LedgerColumns.EVENT_KIND, LedgerColumns.EVENT_DAY);
            List<String> parcelIds = new ArrayList<>(byParcel.keySet());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row)) {
                    continue;
                }
                int sheetRow = r + 1;
                Cells cells = new Cells(sheet.getSheetName(), sheetRow, row);
                String parcelId = cells.text(LedgerColumns.EVENT_PARCEL, columns.get(LedgerColumns.EVENT_PARCEL));
                String word = cells.text(LedgerColumns.EVENT_KIND, columns.get(LedgerColumns.EVENT_KIND));
                LocalDate day = cells.date(LedgerColumns.EVENT_DAY, columns.get(LedgerColumns.EVENT_DAY));
                BigDecimal amount = cells.amount(LedgerColumns.EVENT_AMOUNT, columns.get(LedgerColumns.EVENT_AMOUNT));
                String document = cells.text(LedgerColumns.EVENT_DOCUMENT, columns.get(LedgerColumns.EVENT_DOCUMENT));
                String remark = cells.text(LedgerColumns.EVENT_REMARK, columns.get(LedgerColumns.EVENT_REMARK));
                LedgerColumns.Event event = word == null ? null : LedgerColumns.Event.of(word).orElse(null);
                if (word != null && event == null) {
                    cells.refuse(LedgerColumns.EVENT_KIND, "unknown event \"" + word + "\" (缴款, 交地, 开工, 竣工 or 送达)");
                }
                if (word == null) {
                    cells.refuse(LedgerColumns.EVENT_KIND, "the row names no event (事件)");
                }
                if (day == null && !cells.refusedColumn(LedgerColumns.EVENT_DAY)) {
                    cells.refuse(LedgerColumns.EVENT_DAY, "the event has no date (日期)");
                }
                if (event != null) {
                    if (amount != null && event != LedgerColumns.Event.PAYMENT) {
                        cells.refuse(LedgerColumns.EVENT_AMOUNT, "a " + event.kind().jsonName() + " has no amount");
                    }
                    if (document != null && event.documentField() == null) {
                        cells.refuse(LedgerColumns.EVENT_DOCUMENT, "a " + event.kind().jsonName() + " has no document number");
                    }
                    if (remark != null && event.remarkField() == null) {
                        cells.refuse(LedgerColumns.EVENT_REMARK, "a " + event.kind().jsonName() + " has no remark");
                    }
                }
                ObjectNode record = parcelId == null ? null : byParcel.get(parcelId);
                if (parcelId == null) {
                    cells.refuse(LedgerColumns.EVENT_PARCEL, "the row names no parcel (电子监管号)");
                } else if (record == null && refusedParcels.containsKey(parcelId)) {
                    // the parcel's row was refused: its events are not sent, as a refused record's actions are not
                    dataRow++;
                    continue;
                } else if (record == null) {
                    cells.refuse(LedgerColumns.EVENT_PARCEL, "no row of sheet " + LedgerColumns.PARCELS + " has parcel "
                            + parcelId);
                }
                int recordIndex = record == null ? -1 : parcelIds.indexOf(parcelId);
                if (!cells.problems.isEmpty()) {
                    refused.addAll(cells.refusals(parcelId, recordIndex < 0 ? dataRow : recordIndex,
                            record == null ? null : ((ArrayNode) record.get("actions")).size(),
                            event == null ? String.valueOf(word) : event.kind().jsonName()));
                    dataRow++;
                    continue;
                }
                ObjectNode action = ((ArrayNode) record.get("actions")).addObject();
                action.put("action", event.kind().jsonName());
                action.put(event.dateField(), day.toString());
                if (amount != null) {
                    action.put("amount", amount);
                }
                if (document != null) {
                    action.put(event.documentField(), document);
                }
                if (remark != null) {
                    action.put(event.remarkField(), remark);
                }
                actionRows.computeIfAbsent(recordIndex, i -> new ArrayList<>()).add(sheetRow);
                actionEvents.computeIfAbsent(recordIndex, i -> new ArrayList<>()).add(event);
                dataRow++;
            }
        }

        // ---- where a refusal stands -----------------------------------------------------------------

        /** Names sheet, row and (where the reason names a field) column of a refusal met by the import. */
        private ImportRefusal locate(ImportRefusal refusal) {
            int record = refusal.recordIndex();
            if (record < 0 || record >= recordRows.size()) {
                return refusal;
            }
            if (refusal.actionIndex() == null) {
                return refusal.at(Where.of(LedgerColumns.PARCELS, recordRows.get(record), parcelColumn(refusal.reason())));
            }
            List<Integer> rows = actionRows.getOrDefault(record, List.of());
            int action = refusal.actionIndex();
            if (action >= rows.size()) {
                return refusal;
            }
            return refusal.at(Where.of(LedgerColumns.EVENTS, rows.get(action),
                    eventColumn(actionEvents.get(record).get(action), refusal.reason())));
        }

        /** The parcels column whose field the reason names first; null when it names none. */
        private static String parcelColumn(String reason) {
            if (reason == null) {
                return null;
            }
            String best = null;
            int at = Integer.MAX_VALUE;
            for (Field field : LedgerColumns.PARCEL_FIELDS) {
                String leaf = field.path().substring(field.path().lastIndexOf('.') + 1);
                int i = indexOfWord(reason, leaf);
                if (i >= 0 && i < at) {
                    at = i;
                    best = field.header();
                }
            }
            int i = Math.min(indexOfWord(reason, "installments") < 0 ? Integer.MAX_VALUE : indexOfWord(reason, "installments"),
                    indexOfWord(reason, "installment") < 0 ? Integer.MAX_VALUE : indexOfWord(reason, "installment"));
            if (i < at) {
                best = LedgerColumns.installmentAmount(1);
            }
            return best;
        }

        private static String eventColumn(LedgerColumns.Event event, String reason) {
            if (reason == null) {
                return null;
            }
            if (indexOfWord(reason, event.dateField()) >= 0) {
                return LedgerColumns.EVENT_DAY;
            }
            if (indexOfWord(reason, "amount") >= 0) {
                return LedgerColumns.EVENT_AMOUNT;
            }
            if (event.documentField() != null && indexOfWord(reason, event.documentField()) >= 0) {
                return LedgerColumns.EVENT_DOCUMENT;
            }
            if (event.remarkField() != null && indexOfWord(reason, event.remarkField()) >= 0) {
                return LedgerColumns.EVENT_REMARK;
            }
            return null;
        }

        /** Where {@code word} stands in {@code text} as a word of its own (not inside {@code agreedStartDate}…). */
        private static int indexOfWord(String text, String word) {
            int from = 0;
            while (true) {
                int i = text.indexOf(word, from);
                if (i < 0) {
                    return -1;
                }
                boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                int end = i + word.length();
                boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (before && after) {
                    return i;
                }
                from = i + 1;
            }
        }

        // ---- sheets and cells ------------------------------------------------------------------------

        private Map<String, Integer> headers(Sheet sheet) {
            Row header = sheet.getRow(0);
            Map<String, Integer> columns = new LinkedHashMap<>();
            if (header != null) {
                for (Cell cell : header) {
                    String text = formatter.formatCellValue(cell).strip();
                    if (!text.isEmpty()) {
                        if (columns.putIfAbsent(text, cell.getColumnIndex()) != null) {
                            throw new InvalidSeedFileException(name + ": sheet " + sheet.getSheetName()
                                    + " has the column " + text + " twice");
                        }
                    }
                }
            }
            return columns;
        }

        private void requireColumns(Sheet sheet, Map<String, Integer> columns, String... headers) {
            for (String header : headers) {
                if (!columns.containsKey(header)) {
                    throw new InvalidSeedFileException(name + ": sheet " + sheet.getSheetName() + " has no column "
                            + header + " in its first row (see seeds/ledger-template.xlsx)");
                }
            }
        }

        private InvalidSeedFileException unknownColumn(Sheet sheet, String header) {
            return new InvalidSeedFileException(name + ": sheet " + sheet.getSheetName() + " has an unknown column "
                    + header + " (the columns are those of seeds/ledger-template.xlsx)");
        }

        private boolean blank(Row row) {
            if (row == null) {
                return true;
            }
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.BLANK && !formatter.formatCellValue(cell).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** The cells of one row, read as their columns ask; what does not fit is kept as a problem of its column. */
        private final class Cells {
            private final String sheet;
            private final int sheetRow;
            private final Row row;
            private final Map<String, String> problems = new LinkedHashMap<>();

            Cells(String sheet, int sheetRow, Row row) {
                this.sheet = sheet;
                this.sheetRow = sheetRow;
                this.row = row;
            }

            void put(ObjectNode record, Field field, int column) {
                ObjectNode target = record;
                String key = field.path();
                if (key.contains(".")) {
                    String parent = key.substring(0, key.indexOf('.'));
                    target = record.has(parent) ? (ObjectNode) record.get(parent) : record.putObject(parent);
                    key = key.substring(key.indexOf('.') + 1);
                }
                switch (field.type()) {
                    case DATE -> {
                        LocalDate date = date(field.header(), column);
                        if (date != null) {
                            target.put(key, date.toString());
                        }
                    }
                    case AMOUNT -> {
                        BigDecimal amount = amount(field.header(), column);
                        if (amount != null) {
                            target.put(key, amount);
                        }
                    }
                    case INTEGER -> {
                        BigDecimal number = amount(field.header(), column);
                        if (number != null) {
                            if (number.stripTrailingZeros().scale() > 0) {
                                refuse(field.header(), "not a whole number: " + number.toPlainString());
                            } else {
                                target.put(key, number.intValueExact());
                            }
                        }
                    }
                    default -> {
                        String text = text(field.header(), column);
                        if (text != null && field.path().equals("supplyMethod")) {
                            Optional<org.parcelwatch.monitoring.registration.SupplyMethod> method =
                                    LedgerColumns.supplyMethod(text);
                            if (method.isEmpty()) {
                                refuse(field.header(), "unknown supply method \"" + text + "\" (招标, 拍卖, 挂牌, 协议 or 划拨)");
                            } else {
                                target.put(key, method.get().name());
                            }
                        } else if (text != null) {
                            target.put(key, text);
                        }
                    }
                }
            }

            String text(String header, Integer column) {
                Cell cell = cell(column);
                if (cell == null) {
                    return null;
                }
                if (type(cell) == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
                    // a code typed as a number (130530): its digits, not 130530.0
                    return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                }
                String text = formatter.formatCellValue(cell).strip();
                return text.isEmpty() ? null : text;
            }

            LocalDate date(String header, Integer column) {
                Cell cell = cell(column);
                if (cell == null) {
                    return null;
                }
                if (type(cell) == CellType.NUMERIC) {
                    if (DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
                        return cell.getLocalDateTimeCellValue().toLocalDate();
                    }
                    refuse(header, "not a date: " + cell.getNumericCellValue());
                    return null;
                }
                String text = text(header, column);
                if (text == null) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.replace('/', '-'));
                } catch (DateTimeParseException e) {
                    refuse(header, "not a date (a date cell or YYYY-MM-DD): \"" + text + "\"");
                    return null;
                }
            }

            BigDecimal amount(String header, Integer column) {
                Cell cell = cell(column);
                if (cell == null) {
                    return null;
                }
                if (type(cell) == CellType.NUMERIC) {
                    // a double holds the yuan to far more than two decimals: round to the fen the ledger keeps
                    return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
                }
                String text = text(header, column);
                if (text == null) {
                    return null;
                }
                try {
                    return new BigDecimal(text.replace(",", "")).setScale(2, RoundingMode.HALF_UP);
                } catch (NumberFormatException e) {
                    refuse(header, "not a number: \"" + text + "\"");
                    return null;
                }
            }

            private Cell cell(Integer column) {
                if (column == null || row == null) {
                    return null;
                }
                Cell cell = row.getCell(column);
                return cell == null || type(cell) == CellType.BLANK ? null : cell;
            }

            void refuse(String header, String reason) {
                problems.putIfAbsent(header, reason);
            }

            boolean refusedColumn(String header) {
                return problems.containsKey(header);
            }

            List<ImportRefusal> refusals(String parcelId, int recordIndex, Integer actionIndex, String action) {
                List<ImportRefusal> list = new ArrayList<>();
                problems.forEach((header, reason) -> list.add(new ImportRefusal(name, parcelId, recordIndex, actionIndex,
                        action, null, "MALFORMED_RECORD", reason, Where.of(sheet, sheetRow, header))));
                return list;
            }
        }
    }
}
