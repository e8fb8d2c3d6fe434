package org.parcelwatch.api.web.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import org.parcelwatch.api.application.evidence.EvidenceService;
import org.parcelwatch.api.application.forms.ApiPatterns;
import org.parcelwatch.api.web.error.EvidenceNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photo evidence (DESIGN §6.6): a patrol officer uploads a photo, the store keeps it by its SHA-256, and patrols,
 * starts and completions name it by that hash. What is stored never changes, so a download may be cached for good.
 */
@RestController
@Validated
@RequestMapping("/api/v1/evidence")
@Tag(name = "Photo evidence", description = "Photos of patrols, starts and completions, stored by their SHA-256")
public class EvidenceController {

    private final EvidenceService evidence;

    public EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a photo (role PATROL)",
            description = "Multipart, one part `file`: a JPEG, PNG or HEIC of at most parcelwatch.evidence.max-bytes "
                    + "(10 MB). The type is judged by the bytes, not the part's header. Stored once by its SHA-256: the "
                    + "same bytes again answer the same record. Answers the hash to name it by and the EXIF time "
                    + "(camera local time) and GPS (WGS-84). Nothing is stored for a refused file.")
    @ApiResponse(responseCode = "200", description = "stored (or stored before)")
    @ApiResponse(responseCode = "400", description = "EVIDENCE_CORRUPT: the image is truncated or damaged; "
            + "VALIDATION_FAILED or MALFORMED_REQUEST: no file part, or an empty one",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: the file is larger than parcelwatch.evidence.max-bytes",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "415", description = "EVIDENCE_NOT_AN_IMAGE: the bytes are no JPEG, PNG or HEIC; "
            + "UNSUPPORTED_MEDIA_TYPE: the body is not multipart/form-data",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public EvidenceView upload(@RequestPart("file") MultipartFile file, Authentication caller) throws IOException {
        return EvidenceExchange.upload(evidence, file, caller.getName());
    }

    @GetMapping("/{sha256}/meta")
    @Operation(summary = "What is stored of a photo (any role)",
            description = "The same answer as its upload gave: content type, size, EXIF time and GPS.")
    public EvidenceView meta(@Parameter(example = ApiPatterns.SHA256_EXAMPLE) @PathVariable
                             @Pattern(regexp = ApiPatterns.SHA256, message = ApiPatterns.SHA256_MESSAGE) String sha256) {
        return evidence.find(sha256).map(EvidenceView::of).orElseThrow(() -> new EvidenceNotFoundException(sha256));
    }

    @GetMapping("/{sha256}")
    @Operation(summary = "A stored photo, or its thumbnail (any role)",
            description = "The bytes as uploaded, with their content type; `size=thumb` a JPEG of at most 320 pixels on "
                    + "its longer side. A HEIC has no thumbnail (the server cannot decode HEVC): `size=thumb` answers the "
                    + "HEIC itself. Cached for good (`immutable`): the hash names these bytes forever; the ETag is the "
                    + "hash, and If-None-Match answers 304.")
    @ApiResponse(responseCode = "200", description = "the photo", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/heic", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "304", description = "If-None-Match named this photo's ETag")
    @ApiResponse(responseCode = "404", description = "EVIDENCE_NOT_FOUND: no photo with this hash is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public ResponseEntity<byte[]> download(@Parameter(example = ApiPatterns.SHA256_EXAMPLE) @PathVariable
                                           @Pattern(regexp = ApiPatterns.SHA256, message = ApiPatterns.SHA256_MESSAGE)
                                           String sha256,
                                           @Parameter(description = "`thumb` for a thumbnail", schema = @Schema(
                                                   allowableValues = {"thumb", "original"}))
                                           @RequestParam(defaultValue = "original")
                                           @Pattern(regexp = "thumb|original", message = "must be thumb or original")
                                           String size,
                                           HttpServletRequest request, HttpServletResponse response) {
        return EvidenceExchange.download(evidence, sha256, "thumb".equals(size), request, response);
    }
}
