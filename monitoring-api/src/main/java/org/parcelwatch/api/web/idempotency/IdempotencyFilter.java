package org.parcelwatch.api.web.idempotency;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.parcelwatch.api.web.error.BodySizeLimitFilter;
import org.parcelwatch.api.web.error.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs an API write that carries an {@code Idempotency-Key} at most once per user and key (see
 * {@link Idempotency}). Sits behind the security filter chain, so the user is known and a refused
 * request never reaches it.
 *
 * <p>The key is claimed by inserting its row before the request runs: of several concurrent duplicates
 * (on any node) exactly one inserts, the others wait briefly for its answer and replay it, or get 409
 * {@code IDEMPOTENCY_KEY_IN_PROGRESS}. The answer is stored with the row; the request is identified by
 * method, path and the body's JSON (key order and spacing do not matter).
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> REPLAYED_HEADERS = Set.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LOCATION);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final IdempotencyStore store;
    private final ProblemResponses problems;
    private final ObjectMapper json;
    private final Clock wallClock;
    private final Duration retention;
    private final Duration waitForFirst;
    private final Duration staleAfter;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    public IdempotencyFilter(IdempotencyStore store, ProblemResponses problems, ObjectMapper json, Clock wallClock,
                             Duration retention, Duration waitForFirst, Duration staleAfter) {
        this.store = store;
        this.problems = problems;
        this.json = json;
        this.wallClock = wallClock;
        this.retention = retention;
        this.waitForFirst = waitForFirst;
        this.staleAfter = staleAfter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || request.getHeader(Idempotency.HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(Idempotency.HEADER).trim();
        if (key.isEmpty() || key.length() > Idempotency.MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", Idempotency.HEADER
                    + " must be 1 to " + Idempotency.MAX_KEY_LENGTH + " visible ASCII characters (a UUID, say)");
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = new CachedBodyRequest(request);
        } catch (IOException unreadable) {
            var tooLarge = BodySizeLimitFilter.tooLarge(unreadable);
            if (tooLarge.isPresent()) {
                problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                        tooLarge.get().getMessage());
            } else {
                // cut off by the client
                problems.write(request, response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                        "The request body could not be read");
            }
            return;
        }
        String name = user.getName();
        String hash = requestHash(cached);
        Instant now = wallClock.instant();
        purgeNowAndThen(now);

        if (!store.claim(name, key, hash, now)) {
            answerFromRecord(request, response, name, key, hash);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(cached, captured);
            int status = captured.getStatus();
            if (Idempotency.replayable(cached, status)) {
                store.complete(name, key, status, headersOf(captured),
                        new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8), wallClock.instant());
                completed = true;
            }
        } finally {
            if (!completed) {
                releaseQuietly(name, key);
            }
            captured.copyBodyToResponse();
        }
    }

    /** Someone holds the key: replay their answer, or say why not. */
    private void answerFromRecord(HttpServletRequest request, HttpServletResponse response, String user, String key,
                                  String hash) throws IOException {
        Instant giveUp = wallClock.instant().plus(waitForFirst);
        while (true) {
            IdempotencyStore.Entry entry = store.find(user, key).orElse(null);
            if (entry == null) {
                // released in the meantime (its answer was not one to keep): this request may run after all
                problems.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_PROGRESS",
                        "The first request with this " + Idempotency.HEADER + " did not complete; retry");
                return;
            }
            if (!entry.requestHash().equals(hash)) {
                problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                        "This " + Idempotency.HEADER + " was already used for a different request; use a new key");
                return;
            }
            if (entry.completed()) {
                replay(response, entry);
                return;
            }
            if (wallClock.instant().isAfter(giveUp)) {
                if (store.takeOver(user, key, hash, wallClock.instant(), staleAfter)) {
                    log.warn("Idempotency-Key {} of {} was held for more than {} without an answer; released", key, user,
                            staleAfter);
                    store.release(user, key);
                }
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                problems.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_PROGRESS",
                        "A request with this " + Idempotency.HEADER + " is still running; retry shortly");
                return;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the first request with the same key", e);
            }
        }
    }

    private void replay(HttpServletResponse response, IdempotencyStore.Entry entry) throws IOException {
        response.setStatus(entry.status());
        if (entry.headers() != null && !entry.headers().isEmpty()) {
            Map<String, String> headers = json.readValue(entry.headers(), new TypeReference<LinkedHashMap<String, String>>() {
            });
            headers.forEach(response::setHeader);
        }
        response.setHeader(Idempotency.REPLAYED_HEADER, "true");
        byte[] body = entry.body() == null ? new byte[0] : entry.body().getBytes(StandardCharsets.UTF_8);
        if (body.length > 0) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private String headersOf(HttpServletResponse response) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        for (String header : REPLAYED_HEADERS) {
            String value = response.getHeader(header);
            if (value != null) {
                headers.put(header, value);
            }
        }
        return json.writeValueAsString(headers);
    }

    /** Method, path, query and the body; a JSON body in a canonical form (sorted keys, no spacing). */
    private String requestHash(CachedBodyRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(canonical(request.body()));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] canonical(byte[] body) {
        try {
            JsonNode tree = json.readTree(body);
            if (tree != null && !tree.isMissingNode()) {
                return json.writeValueAsBytes(sorted(tree));
            }
        } catch (IOException notJson) {
            // hashed as sent
        }
        return body;
    }

    private Object sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            return fields;
        }
        if (node.isArray()) {
            java.util.List<Object> items = new java.util.ArrayList<>();
            node.forEach(item -> items.add(sorted(item)));
            return items;
        }
        return node;
    }

    private void purgeNowAndThen(Instant now) {
        Instant last = lastPurge.get();
        if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            try {
                int purged = store.purgeOlderThan(now.minus(retention));
                if (purged > 0) {
                    log.debug("Purged {} idempotency records older than {}", purged, retention);
                }
            } catch (RuntimeException e) {
                log.warn("Could not purge old idempotency records", e);
            }
        }
    }

    private void releaseQuietly(String user, String key) {
        try {
            store.release(user, key);
        } catch (RuntimeException e) {
            log.warn("Could not release Idempotency-Key {} of {}", key, user, e);
        }
    }

    /** The request with its body read once and served again to the controller. */
    static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.body = StreamUtils.copyToByteArray(request.getInputStream());
        }

        byte[] body() {
            return body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
