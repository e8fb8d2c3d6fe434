package org.parcelwatch.api.application.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A record or action the import could not apply, and why: the refusal code is the one the REST API would have
 * answered with ({@code INVALID_CONTRACT_TERMS}, {@code DUPLICATE_PARCEL}, {@code RULE_VIOLATION},
 * {@code ILLEGAL_STATE}, {@code INVALID_INPUT}, {@code VALIDATION_FAILED}, …) or {@code MALFORMED_RECORD} for
 * a record the file does not spell correctly.
 *
 * @param recordIndex the record's place in its file (from 0); for a photo of the file's evidence list (action
 *                    {@code evidence}), its place in that list
 * @param actionIndex the action's place in the record's actions (from 0); null for the registration
 * @param action      {@code registration} or the action's name ({@code payment}, {@code idle-disposal}…)
 * @param on          the business day it was to be applied on
 * @param where       for a workbook ({@link LedgerWorkbook}), the sheet, row and column the refused value stands in;
 *                    null for a JSON seed file, whose record and action indexes say where
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportRefusal(String file, String parcelId, int recordIndex, Integer actionIndex, String action,
                           LocalDate on, String code, String reason, Where where) {

    public static final String REGISTRATION = "registration";

    public ImportRefusal(String file, String parcelId, int recordIndex, Integer actionIndex, String action,
                         LocalDate on, String code, String reason) {
        this(file, parcelId, recordIndex, actionIndex, action, on, code, reason, null);
    }

    /**
     * A place in a workbook, for the person who fixes it there, in Chinese and in English: 「供地台账」第5行「成交价款（元）」列
     * / sheet 供地台账 row 5 column 成交价款（元）. Rows are numbered as the spreadsheet shows them (the header is row 1).
     *
     * @param column the column's header; null when the refusal concerns the row as a whole
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Where(String sheet, int row, String column, String zh, String en) {

        public static Where of(String sheet, int row, String column) {
            return new Where(sheet, row, column,
                    "「" + sheet + "」第" + row + "行" + (column == null ? "" : "「" + column + "」列"),
                    "sheet " + sheet + " row " + row + (column == null ? "" : " column " + column));
        }
    }

    public ImportRefusal at(Where place) {
        return new ImportRefusal(file, parcelId, recordIndex, actionIndex, action, on, code, reason, place);
    }

    static ImportRefusal ofRecord(String file, String parcelId, int recordIndex, LocalDate on, String code, String reason) {
        return new ImportRefusal(file, parcelId, recordIndex, null, REGISTRATION, on, code, reason);
    }
}
