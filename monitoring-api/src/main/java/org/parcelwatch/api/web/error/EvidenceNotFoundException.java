package org.parcelwatch.api.web.error;

/** A photo hash the evidence store does not hold: 404 EVIDENCE_NOT_FOUND. */
public class EvidenceNotFoundException extends RuntimeException {

    public EvidenceNotFoundException(String sha256) {
        super("No photo with the SHA-256 " + sha256 + " is stored");
    }
}
