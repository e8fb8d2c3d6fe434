package org.parcelwatch.api.web.mvc;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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

    /** Each mapping's patterns cut at their first variable or wildcard; none for a mapping to be matched in full. */
    private final Map<RequestMappingInfo, List<Literal>> literals = new ConcurrentHashMap<>();

    /** A pattern's literal start, and whether that is the whole pattern. */
    record Literal(String start, boolean whole) {

        static Literal of(String pattern) {
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '{' || c == '*' || c == '?') {
                    return new Literal(pattern.substring(0, i), false);
                }
            }
            return new Literal(pattern, true);
        }

        /** False only when the pattern cannot match the (unescaped) path. */
        boolean mayMatch(String path) {
            if (!path.startsWith(start)) {
                return start.startsWith(path); // /x against /x/**
            }
            // a pattern without variables matches its own path only (with a trailing slash at most, where allowed)
            return !whole || path.length() == start.length() || path.length() == start.length() + 1 && path.endsWith("/");
        }
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
        if (patterns != null && !patterns.getPatterns().isEmpty()
                && patterns.getPatterns().stream().noneMatch(pattern -> pattern.getPatternString().isEmpty())) {
            literals.put(mapping, patterns.getPatterns().stream().map(p -> Literal.of(p.getPatternString())).toList());
        }
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        boolean comparable = lookupPath.indexOf('%') < 0 && getPatternParser() != null
                && getPatternParser().isCaseSensitive();
        if (!comparable) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
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
        if (path != null && !mayMatch(literals.get(info), path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /** False only when no pattern's literal start admits the path; true for a mapping without literals. */
    static boolean mayMatch(List<Literal> patterns, String path) {
        if (patterns == null) {
            return true;
        }
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).mayMatch(path)) {
                return true;
            }
        }
        return false;
    }

    /** As the lookup decides for one pattern and an unescaped lookup path (for the tests). */
    static boolean mayMatch(String pattern, String path) {
        return pattern.isEmpty() || path.indexOf('%') >= 0 || Literal.of(pattern).mayMatch(path);
    }
}
