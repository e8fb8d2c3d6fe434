package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.parcelwatch.api.application.export.ExportFormat;
import org.parcelwatch.projections.breach.BreachCase;
import org.parcelwatch.projections.breach.BreachRegisterQueries;
import org.parcelwatch.projections.breach.BreachRow;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The breach register (违约台账): every missed start or completion date, its cause and how it ended. */
@RestController
@Tag(name = "Worklist and registers")
public class BreachRegisterController {

    private final BreachRegisterQueries breaches;
    private final Downloads downloads;

    public BreachRegisterController(BreachRegisterQueries breaches, Downloads downloads) {
        this.breaches = breaches;
        this.downloads = downloads;
    }

    @GetMapping(path = "/api/v1/breaches", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.XLSX_MEDIA_TYPE,
            ExportFormat.CSV_MEDIA_TYPE})
    @Operation(summary = "The breach register (any role)",
            description = "Every missed start or completion date, oldest miss first, with the parcel's township, project "
                    + "and land user, the cause found (land user, government, force majeure), the performance notice and "
                    + "how the case ended (reached, extended); optionally only those in one status." + Downloads.DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "the register, as JSON or as a file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = BreachRow.class))),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = "string"))})
    public ResponseEntity<List<BreachRow>> register(
            @Parameter(description = "AWAITING_FINDING, EXCUSED, BREACH, EXTENDED or REACHED")
            @RequestParam(required = false) BreachCase.Status status,
            @Parameter(description = Downloads.FORMAT) @RequestParam(required = false) @Size(max = 8) String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @Parameter(hidden = true) HttpServletResponse response) throws IOException {
        return downloads.jsonOrFile(accept, format, RegisterExports.BREACHES, sink -> breaches.forEach(status, sink::accept), response,
                () -> breaches.register(status));
    }
}
