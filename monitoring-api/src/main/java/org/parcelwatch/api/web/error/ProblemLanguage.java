package org.parcelwatch.api.web.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Problems in the client's language (DESIGN §6.4): a client that asks for Chinese ({@code Accept-Language: zh-CN})
 * gets the problem's {@code title} in Chinese, from the {@code problem.<code>} messages the workbench shows beside its
 * forms; {@code code}, {@code status} and {@code detail} stay as they are (the detail is the rule's own words). A client
 * that names no language, or English, gets the problem exactly as before.
 */
@ControllerAdvice
public class ProblemLanguage implements ResponseBodyAdvice<Object> {

    private final MessageSource messages;

    public ProblemLanguage(MessageSource messages) {
        this.messages = messages;
    }

    /** Localizes the problem's title for the request's language, if the client asked for one we have. */
    public static void localize(ProblemDetail problem, HttpServletRequest request, MessageSource messages) {
        if (request == null || request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                || !(problem.getProperties() != null && problem.getProperties().get("code") instanceof String code)) {
            return;
        }
        Locale locale = request.getLocale();
        if (!Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return;
        }
        String title = messages.getMessage("problem." + code, null, null, locale);
        if (title != null) {
            problem.setTitle(title);
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
            localize(problem, servlet.getServletRequest(), messages);
        }
        return body;
    }
}
