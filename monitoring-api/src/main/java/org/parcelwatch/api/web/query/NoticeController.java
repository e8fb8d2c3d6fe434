package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.io.IOException;
import org.parcelwatch.api.application.export.ExportFormat;
import org.parcelwatch.api.web.error.InvalidRequestException;
import org.parcelwatch.api.web.error.NoticeNotFoundException;
import org.parcelwatch.api.application.forms.ApiPatterns;
import org.parcelwatch.api.application.forms.NoticeNo;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.projections.notice.NoticeEntry;
import org.parcelwatch.projections.notice.NoticeFilter;
import org.parcelwatch.projections.notice.NoticeQueries;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notices (DESIGN §4): the list, and each notice as JSON or as the printable document. */
@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Worklist and registers")
public class NoticeController {

    private final NoticeQueries notices;
    private final NoticeDocuments documents;
    private final Downloads downloads;

    public NoticeController(NoticeQueries notices, NoticeDocuments documents, Downloads downloads) {
        this.notices = notices;
        this.documents = documents;
        this.downloads = downloads;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.XLSX_MEDIA_TYPE, ExportFormat.CSV_MEDIA_TYPE})
    @Operation(summary = "Notices, paged; or all the filter selects as .xlsx or CSV (any role)",
            description = "By type, parcel, issue dates (from and to inclusive) and delivery, ordered by issue date "
                    + "and number. from may not lie after to." + Downloads.DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "a page of notices, or the filtered notices as a file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PageResponse.class)),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = "string"))})
    public ResponseEntity<PageResponse<NoticeView>> list(
            @Parameter(description = "the notice type") @RequestParam(required = false) NoticeType type,
            @Parameter(description = "电子监管号", example = ApiPatterns.PARCEL_ID_EXAMPLE)
            @RequestParam(required = false) @Pattern(regexp = ApiPatterns.PARCEL_ID, message = ApiPatterns.PARCEL_ID_MESSAGE) String parcelId,
            @Parameter(description = "issued on or after, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "issued on or before, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "true: delivered only; false: undelivered only") @RequestParam(required = false) Boolean delivered,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size,
            @Parameter(description = Downloads.FORMAT) @RequestParam(required = false) @Size(max = 8) String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @Parameter(hidden = true) HttpServletResponse response) throws IOException {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "must not lie after to");
        }
        NoticeFilter filter = new NoticeFilter(type, parcelId, from, to, delivered);
        return downloads.jsonOrFile(accept, format, RegisterExports.NOTICES, sink -> notices.forEach(filter, sink::accept), response,
                () -> PageResponse.of(notices.find(filter, PageRequest.of(page, size)), NoticeView::of));
    }

    @GetMapping(path = "/{noticeNo}", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE,
            MediaType.APPLICATION_PDF_VALUE})
    @Operation(summary = "One notice (any role); with Accept: text/html the printable document, application/pdf the same as PDF",
            description = "JSON by default. A client that asks for text/html (a browser) gets the document to print "
                    + "and serve, on one A4 sheet: title, number, parcel, project and land user, location, date issued, "
                    + "facts, liability, the issuing bureau above its seal, and below a dashed cut line the delivery "
                    + "receipt (送达回执) with blanks to fill in by hand, or as recorded. A client that asks for "
                    + "application/pdf gets that page as a one-page A4 PDF with its Chinese font embedded. Any other "
                    + "Accept answers 406.",
            responses = @ApiResponse(responseCode = "200", description = "the notice", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = NoticeView.class)),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    public ResponseEntity<?> notice(@Parameter(example = ApiPatterns.NOTICE_NO_EXAMPLE) @PathVariable @NoticeNo String noticeNo,
                                    @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        NoticeEntry notice = notices.byNumber(noticeNo).orElseThrow(() -> new NoticeNotFoundException(noticeNo));
        if (wantsPdf(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                                 .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                         .filename(noticeNo + ".pdf").build().toString())
                                 .body(documents.pdf(notice));
        }
        if (!wantsHtml(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(NoticeView.of(notice));
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                             .body(documents.html(notice));
    }

    /**
     * PDF only for a client that names application/pdf with a quality above both JSON's and HTML's, or equal and first:
     * a browser's wildcard never gets it, a client that asks for a PDF does.
     */
    static boolean wantsPdf(String accept) {
        return prefers(accept, MediaType.APPLICATION_PDF::equalsTypeAndSubtype, type -> isHtml(type) || isJson(type));
    }

    /**
     * HTML only for a client that names text/html (or XHTML) with a quality above JSON's, or equal and first: a
     * browser does, {@code curl} (a bare wildcard) and API clients do not.
     */
    static boolean wantsHtml(String accept) {
        return prefers(accept, NoticeController::isHtml, NoticeController::isJson);
    }

    /** Whether the Accept header names a {@code wanted} type with a quality above every rival's, or equal and first. */
    private static boolean prefers(String accept, Predicate<MediaType> wanted, Predicate<MediaType> rivals) {
        List<MediaType> types = parse(accept);
        double want = 0;
        double rival = 0;
        int wantAt = Integer.MAX_VALUE;
        int rivalAt = Integer.MAX_VALUE;
        for (int i = 0; i < types.size(); i++) {
            MediaType type = types.get(i);
            double quality = type.getQualityValue();
            if (wanted.test(type)) {
                if (quality > want) {
                    want = quality;
                    wantAt = Math.min(wantAt, i);
                }
            } else if (rivals.test(type)) {
                if (quality > rival) {
                    rival = quality;
                    rivalAt = Math.min(rivalAt, i);
                }
            }
        }
        return want > 0 && (want > rival || (want == rival && wantAt < rivalAt));
    }

    private static List<MediaType> parse(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of();
        }
        try {
            return MediaType.parseMediaTypes(accept);
        } catch (RuntimeException unparsable) {
            return List.of();
        }
    }

    private static boolean isHtml(MediaType type) {
        return MediaType.TEXT_HTML.equalsTypeAndSubtype(type) || MediaType.APPLICATION_XHTML_XML.equalsTypeAndSubtype(type);
    }

    private static boolean isJson(MediaType type) {
        return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type) || MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(type)
                || (!type.isWildcardSubtype() && type.getSubtype().endsWith("+json"));
    }
}
