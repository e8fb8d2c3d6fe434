package org.parcelwatch.api.application.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a register to a stream in one file format, row by row as the source gives them. */
public interface TableWriter {

    /** Writes the headers and every row of {@code rows}; returns the rows written. Does not close {@code out}. */
    <T> long write(ExportTable<T> table, RowSource<T> rows, OutputStream out) throws IOException;
}
