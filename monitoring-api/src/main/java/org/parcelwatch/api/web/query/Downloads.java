package org.parcelwatch.api.web.query;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.parcelwatch.api.application.export.ExportFormat;
import org.parcelwatch.api.application.export.ExportTable;
import org.parcelwatch.api.application.export.ExportWorkbook;
import org.parcelwatch.api.application.export.RowSource;
import org.parcelwatch.api.application.export.XlsxTableWriter;
import org.parcelwatch.api.web.error.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The downloads of the registers (台账): which file a request asks for, and the answer that streams it. A list's
 * handler declares {@link #JSON_OR_DOWNLOAD} and answers JSON unless {@link #requested} names a download format;
 * one handler per list keeps one set of filters and their validation for the page and for the file.
 */
@Component
public class Downloads {

    /** What a register's list produces: its JSON page, the .xlsx workbook or CSV. */
    public static final String[] JSON_OR_DOWNLOAD = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.XLSX_MEDIA_TYPE,
            ExportFormat.CSV_MEDIA_TYPE};

    /** Words for the OpenAPI description of a list that downloads. */
    public static final String DESCRIPTION = " With `Accept: " + ExportFormat.XLSX_MEDIA_TYPE + "` the whole filtered "
            + "set (not a page; page and size are ignored) downloads as an .xlsx workbook: Chinese headers, dates as date "
            + "cells, amounts as numbers with two decimals, a frozen header row; with `Accept: text/csv` as CSV in UTF-8 "
            + "with a byte-order mark. The file is named in Chinese (Content-Disposition filename*=UTF-8''…). A link, which "
            + "cannot set Accept, asks with `format=xlsx` or `format=csv` instead.";

    /** The OpenAPI words of the {@code format} parameter. */
    public static final String FORMAT = "xlsx or csv: the whole filtered set as that file, as the Accept header asks (for links)";

    private final Clock clock;

    public Downloads(Clock clock) {
        this.clock = clock;
    }

    /**
     * The download format the Accept header asks for, if it names one with a quality above JSON's (or equal and
     * first); empty for JSON, a wildcard, a browser's default or an unparsable header.
     */
    public static Optional<ExportFormat> requested(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (RuntimeException unparsable) {
            return Optional.empty();
        }
        ExportFormat best = null;
        double bestQuality = 0;
        double json = 0;
        for (MediaType type : types) {
            double quality = type.getQualityValue();
            if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type) && quality > json) {
                json = quality;
            }
            for (ExportFormat format : ExportFormat.values()) {
                if (MediaType.parseMediaType(format.mediaType()).equalsTypeAndSubtype(type) && quality > bestQuality) {
                    best = format;
                    bestQuality = quality;
                }
            }
        }
        return best != null && bestQuality >= json && (bestQuality > json || firstOf(types, best)) ? Optional.of(best) : Optional.empty();
    }

    /** The format a {@code format} parameter names (xlsx, csv; any case), else 400 VALIDATION_FAILED. */
    static ExportFormat named(String format) {
        for (ExportFormat candidate : ExportFormat.values()) {
            if (candidate.extension().equalsIgnoreCase(format.trim())) {
                return candidate;
            }
        }
        throw new InvalidRequestException("format", "must be xlsx or csv");
    }

    private static boolean firstOf(List<MediaType> types, ExportFormat format) {
        for (MediaType type : types) {
            if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
                return false;
            }
            if (MediaType.parseMediaType(format.mediaType()).equalsTypeAndSubtype(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer of a register's list: the file the {@code format} parameter or else {@link #requested} names, streamed to the response (and no entity,
     * the response being written), or else the JSON that {@code json} gives.
     */
    public <T, J> ResponseEntity<J> jsonOrFile(String accept, String format, ExportTable<T> table, RowSource<T> rows,
                                                HttpServletResponse response, Supplier<J> json) throws IOException {
        return jsonOrFile(accept, format, () -> ExportWorkbook.of(table, rows), response, json);
    }

    /** As above, for a download of several sheets, made only when a file is asked for. */
    public <J> ResponseEntity<J> jsonOrFile(String accept, String format, Supplier<ExportWorkbook<?>> file,
                                             HttpServletResponse response, Supplier<J> json) throws IOException {
        Optional<ExportFormat> download = format == null || format.isBlank() ? requested(accept) : Optional.of(named(format));
        if (download.isEmpty()) {
            return ResponseEntity.ok(json.get());
        }
        send(download.get(), file.get(), response);
        return null;
    }

    /**
     * Streams the register to the response as an attachment named {@code <title>-<today>.<ext>}: the rows go from
     * the database cursor through the writer to the client, never collected.
     */
    public <T> void send(ExportFormat format, ExportTable<T> table, RowSource<T> rows, HttpServletResponse response)
            throws IOException {
        send(format, ExportWorkbook.of(table, rows), response);
    }

    /** As above; an .xlsx gets the workbook's further sheets after the register, a CSV the register alone. */
    public <T> void send(ExportFormat format, ExportWorkbook<T> file, HttpServletResponse response) throws IOException {
        ExportTable<T> table = file.table();
        String date = LocalDate.now(clock).toString();
        response.setContentType(format == ExportFormat.CSV ? format.mediaType() + ";charset=UTF-8" : format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(table.title() + "-" + date + "." + format.extension(),
                table.asciiName() + "-" + date + "." + format.extension()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (format == ExportFormat.XLSX && !file.moreSheets().isEmpty()) {
            List<XlsxTableWriter.Part<?>> parts = new java.util.ArrayList<>();
            parts.add(new XlsxTableWriter.Part<>(table, file.rows()));
            parts.addAll(file.moreSheets());
            new XlsxTableWriter().writeAll(parts, response.getOutputStream());
        } else {
            format.writer().write(table, file.rows(), response.getOutputStream());
        }
        response.flushBuffer();
    }

    /** An attachment header with an ASCII name for old clients and the UTF-8 name of RFC 5987/6266 for the others. */
    static String attachment(String name, String asciiName) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
    }
}
