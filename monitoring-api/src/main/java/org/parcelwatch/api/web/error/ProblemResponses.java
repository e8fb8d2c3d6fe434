package org.parcelwatch.api.web.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Problem documents (RFC 9457) with the stable {@code code} of DESIGN §4, for the places that answer
 * outside Spring MVC: the security filter chain (401, 403) and the idempotency filter.
 */
@Component
public class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String PROVISIONAL = ProblemResponses.class.getName() + ".provisional";

    private final ObjectMapper objectMapper;
    private org.springframework.context.MessageSource messages;

    public ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The messages that give a problem's title in the client's language ({@link ProblemLanguage}); none: as is. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public void setMessages(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Marks the answer being given as provisional: given before the command ran (400, 415…) or one a retry may
     * change (409 {@code CONCURRENT_CHANGE}, 5xx). The idempotency filter keeps only final answers, so a retry
     * with the same {@code Idempotency-Key} runs the request afresh.
     */
    public static void markProvisional(HttpServletRequest request) {
        if (request != null) {
            request.setAttribute(PROVISIONAL, Boolean.TRUE);
        }
    }

    public static boolean isProvisional(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(PROVISIONAL));
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code,
                      String detail) throws IOException {
        write(request, response, problem(status, code, detail));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getInstance() == null && request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        if (messages != null) {
            ProblemLanguage.localize(problem, request, messages);
        }
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
