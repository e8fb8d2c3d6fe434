package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.parcelwatch.api.application.export.ExportFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.parcelwatch.projections.idle.IdleCaseEntry;
import org.parcelwatch.projections.idle.IdleReferralQueries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The idle-land referral register (DESIGN §4). */
@RestController
@Tag(name = "Worklist and registers")
public class IdleReferralController {

    private final IdleReferralQueries referrals;
    private final Downloads downloads;

    public IdleReferralController(IdleReferralQueries referrals, Downloads downloads) {
        this.referrals = referrals;
        this.downloads = downloads;
    }

    @GetMapping(path = "/api/v1/idle-referrals", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.XLSX_MEDIA_TYPE,
            ExportFormat.CSV_MEDIA_TYPE})
    @Operation(summary = "The idle-land referral register (any role)",
            description = "Every idle-land case from suspicion through verification, referral, determination and "
                    + "disposal, oldest suspicion first; optionally only those in one status. The download adds each "
                    + "parcel's township, project, land user and area." + Downloads.DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "the register, as JSON or as a file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = IdleReferralView.class))),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = "string"))})
    public ResponseEntity<List<IdleReferralView>> register(
            @Parameter(description = "SUSPECTED, CLEARED, REFERRED, DETERMINED, FEE_IMPOSED or DISPOSED")
            @RequestParam(required = false) IdleCaseEntry.Status status,
            @Parameter(description = Downloads.FORMAT) @RequestParam(required = false) @Size(max = 8) String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @Parameter(hidden = true) HttpServletResponse response) throws IOException {
        return downloads.jsonOrFile(accept, format, RegisterExports.IDLE_REFERRALS, sink -> referrals.forEach(status, sink::accept),
                response, () -> referrals.register(status).stream().map(IdleReferralView::of).toList());
    }
}
