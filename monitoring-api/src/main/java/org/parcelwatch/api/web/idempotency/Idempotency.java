package org.parcelwatch.api.web.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import org.parcelwatch.api.web.error.ProblemResponses;

/**
 * The {@code Idempotency-Key} contract of the API's writes (DESIGN §4): the same key from the same user
 * replays the first answer (status, {@code Location}, body) without sending the command again; the same
 * key with another request is refused with 422 {@code IDEMPOTENCY_KEY_REUSED}.
 *
 * <p>Answers given before the command ran (400 validation, 415…) or that a retry may change (409
 * {@code CONCURRENT_CHANGE}, 5xx) are not kept: a retry with the same key runs the request afresh.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a replayed answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 128;

    private Idempotency() {
    }

    static boolean replayable(HttpServletRequest request, int status) {
        return status < 500 && !ProblemResponses.isProvisional(request);
    }
}
