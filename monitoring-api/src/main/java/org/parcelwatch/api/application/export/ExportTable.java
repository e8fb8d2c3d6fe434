package org.parcelwatch.api.application.export;

import java.util.List;

/**
 * What one register exports: the name of the file and of its sheet (Chinese, e.g. 供地台账) and its columns.
 * {@code asciiName} names the file for the few clients that cannot read an RFC 5987 UTF-8 file name.
 * The rows come separately, as a {@link RowSource}, so one table serves every filter.
 */
public record ExportTable<T>(String title, String asciiName, List<Column<T>> columns) {

    public ExportTable {
        columns = List.copyOf(columns);
    }

    /** The column headers in order. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
