package org.parcelwatch.api.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.parcelwatch.api.web.error.ProblemResponses;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The answer to a throttled login, the same for every login path and whether or not the name exists: 429
 * {@code TOO_MANY_LOGIN_ATTEMPTS} with {@code Retry-After} in seconds and the message {@code login.throttled} in
 * Chinese, or in English for a client that asks for it ({@code Accept-Language}).
 */
public class LoginThrottleAnswer {

    public static final String CODE = "TOO_MANY_LOGIN_ATTEMPTS";

    private final ProblemResponses problems;
    private final MessageSource messages;

    public LoginThrottleAnswer(ProblemResponses problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, LoginThrottledException refused)
            throws IOException {
        String seconds = String.valueOf(refused.retryAfterSeconds());
        Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
        response.setHeader(HttpHeaders.RETRY_AFTER, seconds);
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, CODE,
                messages.getMessage("login.throttled", new Object[] {seconds}, locale));
    }
}
