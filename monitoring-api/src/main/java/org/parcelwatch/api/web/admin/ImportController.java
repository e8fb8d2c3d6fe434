package org.parcelwatch.api.web.admin;

import org.parcelwatch.api.application.imports.ImportOptions;
import org.parcelwatch.api.application.imports.ImportReport;
import org.parcelwatch.api.application.imports.ImportService;
import org.parcelwatch.api.application.imports.InvalidSeedFileException;
import org.parcelwatch.api.application.imports.LedgerImportLimits;
import org.parcelwatch.api.application.imports.LedgerWorkbook;
import org.parcelwatch.api.application.imports.SeedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.api.web.error.ProblemResponses;
import org.parcelwatch.api.web.security.ApiAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/imports} (ADMIN): loads one seed file (the format of {@code seeds/README.md})
 * through the normal commands, with source {@code IMPORT} and the caller as actor, and answers with the report:
 * records accepted, records and actions refused with their codes and reasons. A bad record does not stop the
 * rest; posting the same file again resumes an import that was cut off. It lives under {@code /admin}, the path the
 * security table gives to ADMIN.
 */
@RestController
@Tag(name = "Administration")
public class ImportController {

    private final ImportService imports;
    private final LedgerImportLimits workbookLimits;

    public ImportController(ImportService imports, LedgerImportLimits workbookLimits) {
        this.imports = imports;
        this.workbookLimits = workbookLimits;
    }

    @PostMapping(path = ApiAccess.API + "/admin/imports", consumes = {MediaType.APPLICATION_JSON_VALUE,
            LedgerWorkbook.MEDIA_TYPE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a seed file (role ADMIN)",
            description = "Registers the file's records and applies their dated actions in business-date order, "
                    + "sweeping each day on which a rule falls due, so that reminders, urge notices and missed dates "
                    + "fire on their own day. Days up to today are entered as history (sweeps as of each day); actions "
                    + "dated after today are skipped unless advanceClock=true and the clock is adjustable (demo), when "
                    + "the business clock is moved forward day by day. Answers 200 with the report even when records "
                    + "were refused. The same file (the same bytes, identified by their SHA-256) posted again resumes "
                    + "its import: what was applied is not sent again, and the report lists the resumed records. "
                    + "An Excel ledger (Content-Type " + LedgerWorkbook.MEDIA_TYPE + ", the layout of "
                    + "seeds/ledger-template.xlsx, or a ledger downloaded from GET /parcels) imports the same way; each "
                    + "refusal then names its sheet, row and column (where). A workbook that would unpack past "
                    + "parcelwatch.import.xlsx.max-unzipped-size or max-rows is 413 PAYLOAD_TOO_LARGE; a body that is "
                    + "not a workbook is 400 INVALID_SEED_FILE.")
    // Read as bytes (the file is identified by its SHA-256, and parsed strictly by SeedFile), but it is a JSON
    // object: so the document says, not springdoc's "string" of a byte[].
    public ImportReport importFile(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                                           description = "a seed file: JSON in the format of the files under seeds/, or an "
                                                   + "Excel ledger (.xlsx) in the layout of seeds/ledger-template.xlsx",
                                           content = {@io.swagger.v3.oas.annotations.media.Content(
                                                   mediaType = MediaType.APPLICATION_JSON_VALUE,
                                                   schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object")),
                                                   @io.swagger.v3.oas.annotations.media.Content(
                                                           mediaType = LedgerWorkbook.MEDIA_TYPE,
                                                           schema = @io.swagger.v3.oas.annotations.media.Schema(
                                                                   type = "string", format = "binary"))})
                                   @RequestBody byte[] file,
                                   @Parameter(description = "move an adjustable business clock forward through actions "
                                           + "dated after today") @RequestParam(defaultValue = "false") boolean advanceClock,
                                   @Parameter(description = "the last business day to import (default: the file's period)")
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                                   @Parameter(description = "include the timeline lines in the report")
                                   @RequestParam(defaultValue = "false") boolean timeline,
                                   @Parameter(description = "a name for the file in the report")
                                   @RequestParam(defaultValue = "request") String name,
                                   HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String actor = caller == null ? "anonymous" : caller.getName();
        String role = caller == null ? "NONE" : ApiAccess.actingRole(request, caller);
        // the mapping consumes only these two types, so the request's Content-Type is one of them
        SeedFile seeds = request.getContentType() != null
                && MediaType.valueOf(LedgerWorkbook.MEDIA_TYPE).includes(MediaType.valueOf(request.getContentType()))
                ? LedgerWorkbook.read(name, file, workbookLimits.limits())
                : SeedFile.parse(name, file);
        ImportOptions options = new ImportOptions(actor, role, advanceClock, false, until, timeline);
        return imports.run(List.of(seeds), options);
    }

    @ExceptionHandler(InvalidSeedFileException.class)
    ResponseEntity<ProblemDetail> notASeedFile(InvalidSeedFileException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(ProblemResponses.PROBLEM_JSON)
                             .body(ProblemResponses.problem(HttpStatus.BAD_REQUEST, "INVALID_SEED_FILE", e.getMessage()));
    }

    /** A workbook that would unpack past the limits: refused as a body over the size limit is. */
    @ExceptionHandler(LedgerWorkbook.TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(LedgerWorkbook.TooLargeException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(ProblemResponses.PROBLEM_JSON)
                             .body(ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", e.getMessage()));
    }

    @ExceptionHandler(ImportService.ImportInProgressException.class)
    ResponseEntity<ProblemDetail> busy(ImportService.ImportInProgressException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(ProblemResponses.PROBLEM_JSON)
                             .body(ProblemResponses.problem(HttpStatus.CONFLICT, "IMPORT_IN_PROGRESS", e.getMessage()));
    }
}
