package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.parcelwatch.api.application.notice.IssuingBureaus;
import org.parcelwatch.projections.idle.IdleReferralQueries;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public disclosure of idle land (DESIGN §6.2, 《闲置土地处置办法》第十条). */
@RestController
@Tag(name = "Worklist and registers")
public class IdleLandDisclosureController {

    private final IdleReferralQueries referrals;
    private final IssuingBureaus bureaus;
    private final Clock clock;

    public IdleLandDisclosureController(IdleReferralQueries referrals, IssuingBureaus bureaus, Clock clock) {
        this.referrals = referrals;
        this.bureaus = bureaus;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/idle-land/disclosure", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    @Operation(summary = "The idle land determined in a year, as published (any role); with Accept: text/html the printable page",
            description = "Every parcel determined idle in the year, in the order of its determination: location, land "
                    + "user (国有建设用地使用权人), area in m² and 亩 (m² × 0.0015, half up to 0.01 亩), idle since, cause "
                    + "(and the government act, Art. 8), determination, and the latest disposal with its decision number. "
                    + "JSON by default; a client that asks for text/html (a browser) gets the page to print and post.",
            responses = @ApiResponse(responseCode = "200", description = "the list", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = IdleLandDisclosureView.class)),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string"))}))
    public ResponseEntity<?> disclosure(
            @Parameter(description = "the year of determination; this year when absent", example = "2025")
            @RequestParam(required = false) @Min(1990) @Max(2200) Integer year,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        LocalDate today = LocalDate.now(clock);
        int of = year == null ? today.getYear() : year;
        IdleLandDisclosureView list = IdleLandDisclosureView.of(of, referrals.disclosure(of));
        if (!NoticeController.wantsHtml(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(list);
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                             .body(IdleLandDisclosureDocument.render(list, today, bureaus.forParcels(
                                     list.entries().stream().map(IdleLandDisclosureView.Entry::parcelId).toList())));
    }
}
