package org.parcelwatch.api.web.error;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup for a path with variables ({@code /api/v1/parcels/{id}}) has no direct entry and tries
 * every mapping of the application in turn, each through all its conditions (method, params, headers, consumes, the
 * Accept header against produces, then the path): a profile of the desk's reads put it at a tenth of the request
 * threads. This mapping first compares the path with the literal start of each mapping's patterns (up to the first
 * variable or wildcard) and skips a mapping whose every pattern differs there, before any condition is evaluated;
 * every other mapping is matched as before, so what is found, and the 404/405/406 answers, stay Spring's own.
 *
 * <p>The comparison is on the lookup path as Spring matches it (matrix parameters removed). A path with a percent
 * escape, whose decoded segments could still match a pattern they differ from in raw form, and a path shorter than
 * the literal part ({@code /x} against {@code /x/**}), are left to the full match, as is a case-insensitive parser.
 */
public class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    /** The lookup path of the request being looked up on this thread; null outside {@link #lookupHandlerMethod}. */
    private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

    /** Spring Boot's MVC configuration takes its request mapping from here (its bean stays "requestMappingHandlerMapping"). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Registration {

        @Bean
        WebMvcRegistrations literalPrefixHandlerLookup() {
            return new WebMvcRegistrations() {
                @Override
                public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                    return new LiteralPrefixHandlerMapping();
                }
            };
        }
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        LOOKUP_PATH.set(lookupPath);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            LOOKUP_PATH.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = LOOKUP_PATH.get();
        if (path != null && getPatternParser() != null && getPatternParser().isCaseSensitive()
                && !mayMatch(info.getPathPatternsCondition(), path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /** False only when every pattern of the condition differs from the path within its literal start. */
    static boolean mayMatch(PathPatternsRequestCondition patterns, String path) {
        if (patterns == null || patterns.getPatterns().isEmpty()) {
            return true;
        }
        for (PathPattern pattern : patterns.getPatterns()) {
            if (mayMatch(pattern.getPatternString(), path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False only when the path differs from the pattern before the pattern's first variable or wildcard, or goes on
     * past a pattern that has none.
     */
    static boolean mayMatch(String pattern, String path) {
        if (pattern.isEmpty()) {
            return true; // a mapping without a path: Spring matches it on "" and "/"
        }
        for (int i = 0; i < pattern.length(); i++) {
            char expected = pattern.charAt(i);
            if (expected == '{' || expected == '*' || expected == '?') {
                return true;
            }
            if (i >= path.length()) {
                return true;
            }
            char actual = path.charAt(i);
            if (actual == '%') {
                return true;
            }
            if (actual != expected) {
                return false;
            }
        }
        // a pattern without variables matches its own path only (with a trailing slash at most, where that is allowed)
        return path.length() <= pattern.length() + 1 && (path.length() == pattern.length() || path.endsWith("/"));
    }
}
