package org.parcelwatch.api.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcelwatch.api.application.CommandFailure;
import org.parcelwatch.api.application.evidence.EvidenceRefusedException;
import org.parcelwatch.api.application.evidence.EvidenceService;
import org.parcelwatch.api.application.forms.ApiPatterns;
import org.parcelwatch.api.web.error.EvidenceNotFoundException;
import org.parcelwatch.api.web.error.InvalidRequestException;
import org.parcelwatch.api.web.error.ProblemResponses;
import org.parcelwatch.api.web.evidence.EvidenceExchange;
import org.parcelwatch.api.web.evidence.EvidenceView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The workbench's door to the photo evidence (DESIGN §6.6): the officer's phone uploads each photo as it is taken,
 * from the patrol, start and completion forms of the parcel's file, and shows its thumbnail. The API's
 * {@code /api/v1/evidence} takes HTTP Basic only, which a page cannot send; this door takes the signed-in session and
 * its CSRF token instead, under the same role (ApiAccess's row for the upload gives its page path the same roles).
 * Behind it, the same exchange and store as the API ({@link EvidenceExchange}, {@link EvidenceService}). A refusal is a
 * problem JSON whose title is in the workbench's language, for the page to show beside the photo.
 */
@RestController
class EvidencePage {

    private final EvidenceService evidence;
    private final MessageSource messages;

    EvidencePage(EvidenceService evidence, MessageSource messages) {
        this.evidence = evidence;
        this.messages = messages;
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    EvidenceView upload(@RequestPart(name = "file", required = false) MultipartFile file, Authentication caller)
            throws IOException {
        return EvidenceExchange.upload(evidence, file, caller.getName());
    }

    @GetMapping("/evidence/{sha256}")
    ResponseEntity<byte[]> download(@PathVariable String sha256, @RequestParam(defaultValue = "original") String size,
                                    HttpServletRequest request, HttpServletResponse response) {
        if (!sha256.matches(ApiPatterns.SHA256)) {
            // nothing is stored under a name that is no hash
            throw new EvidenceNotFoundException(sha256);
        }
        return EvidenceExchange.download(evidence, sha256, "thumb".equals(size), request, response);
    }

    @ExceptionHandler(EvidenceRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(EvidenceRefusedException e) {
        return answer(CommandFailure.of(e));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidRequestException e) {
        return answer(new CommandFailure("VALIDATION_FAILED", HttpStatus.BAD_REQUEST.value(), e.getMessage(),
                e.getMessage(), List.of(), false));
    }

    @ExceptionHandler(EvidenceNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(EvidenceNotFoundException e) {
        return answer(new CommandFailure("EVIDENCE_NOT_FOUND", HttpStatus.NOT_FOUND.value(), e.getMessage(),
                e.getMessage(), List.of(), false));
    }

    /** The problem as the parcel's forms show a refusal ({@link ParcelPage#problem}), with its status. */
    private ResponseEntity<Map<String, Object>> answer(CommandFailure failure) {
        Map<String, Object> problem = new LinkedHashMap<>(
                ParcelPage.problem(failure, messages, LocaleContextHolder.getLocale()));
        problem.put("status", failure.status());
        return ResponseEntity.status(failure.status()).contentType(ProblemResponses.PROBLEM_JSON).body(problem);
    }
}
