package org.parcelwatch.api.application.export;

import java.util.List;

/**
 * What a download holds: its register and rows, and for the .xlsx further sheets after it (the ledger's events);
 * a CSV, one table by nature, holds the register alone.
 */
public record ExportWorkbook<T>(ExportTable<T> table, RowSource<T> rows, List<XlsxTableWriter.Part<?>> moreSheets) {

    public ExportWorkbook {
        moreSheets = List.copyOf(moreSheets);
    }

    /** A download of one register. */
    public static <T> ExportWorkbook<T> of(ExportTable<T> table, RowSource<T> rows) {
        return new ExportWorkbook<>(table, rows, List.of());
    }
}
