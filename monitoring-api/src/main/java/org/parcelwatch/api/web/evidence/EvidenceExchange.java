package org.parcelwatch.api.web.evidence;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.parcelwatch.api.application.evidence.EvidenceService;
import org.parcelwatch.api.web.error.EvidenceNotFoundException;
import org.parcelwatch.api.web.error.InvalidRequestException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MultipartFile;

/**
 * A photo in and out over HTTP, for both doors to the evidence store: the API ({@link EvidenceController}, HTTP Basic)
 * and the workbench's camera upload (web/page, the signed-in session). Both take the same part, refuse the same way
 * and serve the same bytes with the same caching; the store's rules are {@link EvidenceService}'s.
 */
public final class EvidenceExchange {

    /** A hash names its bytes for good: a year, and never revalidated while fresh. */
    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private EvidenceExchange() {
    }

    /** Stores the uploaded part (refused by its declared size before its bytes are read) and answers what it is. */
    public static EvidenceView upload(EvidenceService evidence, MultipartFile file, String uploadedBy) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("file", "is empty");
        }
        evidence.requireWithinSize(file.getSize());
        return EvidenceView.of(evidence.upload(file.getBytes(), uploadedBy));
    }

    /** The photo or its thumbnail, cached for good under the hash as ETag; 304 when the client has it. */
    public static ResponseEntity<byte[]> download(EvidenceService evidence, String sha256, boolean thumb,
                                                  HttpServletRequest request, HttpServletResponse response) {
        String etag = "\"" + sha256 + (thumb ? "-thumb" : "") + "\"";
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, FOREVER.getHeaderValue());
            return null;
        }
        EvidenceService.Download file = evidence.download(sha256, thumb)
                .orElseThrow(() -> new EvidenceNotFoundException(sha256));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).cacheControl(FOREVER)
                .eTag(etag).header("X-Content-Type-Options", "nosniff").body(file.bytes());
    }
}
