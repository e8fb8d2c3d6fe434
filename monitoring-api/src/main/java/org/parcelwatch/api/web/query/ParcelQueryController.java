package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.io.IOException;
import org.parcelwatch.api.application.export.ExportFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.parcelwatch.api.web.error.ParcelNotFoundException;
import org.parcelwatch.api.application.forms.ApiPatterns;
import org.parcelwatch.api.application.forms.ParcelId;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.ParcelDetail;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger and the parcel detail (DESIGN §4), read from the projections; any authenticated role. */
@RestController
@RequestMapping(path = "/api/v1/parcels", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ledger and parcels", description = "What the projections show: the ledger (台账) and each parcel's detail")
public class ParcelQueryController {

    /** A caller may keep a detail, but must ask (If-None-Match) before showing it again. */
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

    private final ParcelQueries parcels;
    private final RenderedDetails details;
    private final RenderedLedgerPages pages;
    private final Clock clock;
    private final Downloads downloads;

    ParcelQueryController(ParcelQueries parcels, RenderedDetails details, RenderedLedgerPages pages, Clock clock,
                          Downloads downloads) {
        this.parcels = parcels;
        this.details = details;
        this.pages = pages;
        this.clock = clock;
        this.downloads = downloads;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.XLSX_MEDIA_TYPE, ExportFormat.CSV_MEDIA_TYPE})
    @Operation(summary = "The parcel ledger, paged; or the whole ledger as .xlsx or CSV (any role)",
            description = "One row per parcel ordered by supervision number: contract, land user, price paid and "
                    + "outstanding, stage, agreed and actual dates, open flags, the next due point, the land officer. Filters combine; "
                    + "size is at most " + Paging.MAX_SIZE + "." + Downloads.DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "a page of the ledger, or the filtered ledger as a file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PageResponse.class)),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = "string"))})
    public ResponseEntity<byte[]> ledger(
            @Parameter(description = "乡镇, exactly as registered", example = "Xinhe town")
            @RequestParam(required = false) @Size(max = 100) String township,
            @Parameter(description = "the parcel's stage") @RequestParam(required = false) Stage stage,
            @Parameter(description = "parcels with this open flag") @RequestParam(required = false) Flag flag,
            @Parameter(description = "the parcels of this land officer (国土员)", example = "patrol")
            @RequestParam(required = false) @Size(max = 100) String officer,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @Parameter(description = "rows a page, 1 to " + Paging.MAX_SIZE)
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size,
            @Parameter(description = Downloads.FORMAT) @RequestParam(required = false) @Size(max = 8) String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @Parameter(hidden = true) HttpServletResponse response) throws IOException {
        LedgerFilter filter = new LedgerFilter(blankToNull(township), stage, flag, null, null, blankToNull(officer));
        ResponseEntity<byte[]> json = downloads.jsonOrFile(accept, format, () -> RegisterExports.ledgerDownload(parcels, filter),
                response, () -> pages.page(filter, page, size));
        return json == null ? null : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.getBody());
    }

    @GetMapping("/{parcelId}")
    @Operation(summary = "A parcel's detail (any role)",
            description = "Contract terms, installments (paid, outstanding, status), milestones (agreed, actual, "
                    + "status), open flags, damages accrued as of today (business clock), notices and the idle-land "
                    + "case. 404 PARCEL_NOT_FOUND for a parcel not registered, or registered a moment ago and not yet "
                    + "projected. The ETag changes with every event of the parcel and with the business day; "
                    + "If-None-Match with the current one answers 304 without a body.")
    @ApiResponse(responseCode = "200", description = "the detail",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ParcelDetail.class)))
    @ApiResponse(responseCode = "304", description = "unchanged since the ETag given in If-None-Match")
    public ResponseEntity<byte[]> detail(@Parameter(description = "电子监管号", example = ApiPatterns.PARCEL_ID_EXAMPLE)
                                         @PathVariable @ParcelId String parcelId) {
        RenderedDetails.Rendered detail = details.detail(parcelId, LocalDate.now(clock))
                                                 .orElseThrow(() -> new ParcelNotFoundException(parcelId));
        // Spring answers 304 itself when If-None-Match holds this ETag
        return ResponseEntity.ok().eTag(detail.etag()).cacheControl(REVALIDATE).contentType(MediaType.APPLICATION_JSON)
                             .body(detail.json());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
