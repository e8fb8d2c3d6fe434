package org.parcelwatch.api.application.evidence;

/** An uploaded file or a photo reference the evidence store refuses; nothing is stored. */
public class EvidenceRefusedException extends RuntimeException {

    /** Why, with the answer's status and stable code. */
    public enum Reason {
        /** The bytes are no JPEG, PNG or HEIC, whatever the upload's header said. */
        NOT_AN_IMAGE(415, "EVIDENCE_NOT_AN_IMAGE"),
        /** Larger than {@code parcelwatch.evidence.max-bytes}. */
        TOO_LARGE(413, "PAYLOAD_TOO_LARGE"),
        /** An image that does not decode: truncated or damaged. */
        CORRUPT(400, "EVIDENCE_CORRUPT"),
        /** A patrol, start or completion names a photo hash the store does not hold. */
        UNKNOWN(422, "EVIDENCE_UNKNOWN");

        private final int status;
        private final String code;

        Reason(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public EvidenceRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
