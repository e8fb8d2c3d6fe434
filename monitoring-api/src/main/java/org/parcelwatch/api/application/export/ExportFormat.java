package org.parcelwatch.api.application.export;

import java.util.function.Supplier;

/** The file formats a register downloads in: the media type a client asks for, the file extension, the writer. */
public enum ExportFormat {

    XLSX(ExportFormat.XLSX_MEDIA_TYPE, "xlsx", XlsxTableWriter::new),
    CSV(ExportFormat.CSV_MEDIA_TYPE, "csv", CsvTableWriter::new);

    /** The .xlsx media type (Office Open XML spreadsheet). */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_MEDIA_TYPE = "text/csv";

    private final String mediaType;
    private final String extension;
    private final Supplier<TableWriter> writer;

    ExportFormat(String mediaType, String extension, Supplier<TableWriter> writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A writer for one file. */
    public TableWriter writer() {
        return writer.get();
    }
}
