package org.parcelwatch.api.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the size of an API request body (1 MB by default, {@code parcelwatch.api.max-body-size}): a declared
 * length above it is 413 PAYLOAD_TOO_LARGE at once; a chunked body, whose length nobody declares, fails to read
 * with {@link TooLargeException} once it grows past the cap, and whoever was reading it answers 413 too
 * ({@link #tooLarge}). No request of the API comes near the cap; the point is that no body can fill the memory.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    /** A body read past the cap. */
    public static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        TooLargeException(long maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes");
        }
    }

    /** The cap's refusal, if that is why the body could not be read, however the reader wrapped it. */
    public static Optional<TooLargeException> tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooLargeException tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }

    private final long defaultMaxBytes;
    private final Map<String, Long> maxBytesByPath;
    private final ProblemResponses problems;

    public BodySizeLimitFilter(long maxBytes, ProblemResponses problems) {
        this(maxBytes, Map.of(), problems);
    }

    /**
     * @param maxBytesByPath caps of their own for the paths (exactly as requested) whose bodies are files, not JSON:
     *                       the photo upload ({@code parcelwatch.evidence.max-bytes} and its multipart framing)
     */
    public BodySizeLimitFilter(long maxBytes, Map<String, Long> maxBytesByPath, ProblemResponses problems) {
        this.defaultMaxBytes = maxBytes;
        this.maxBytesByPath = Map.copyOf(maxBytesByPath);
        this.problems = problems;
    }

    /**
     * A read (GET, HEAD) passes unwrapped: no read handler takes a body, and Tomcat discards what is left of one
     * without keeping it. A wrapper would cost every later filter and Spring MVC's handler matching, which ask the
     * request its method, path and attributes dozens of times through each layer.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = maxBytesByPath.getOrDefault(request.getRequestURI(), defaultMaxBytes);
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    new TooLargeException(maxBytes).getMessage());
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > maxBytes) {
                            throw new TooLargeException(maxBytes);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
