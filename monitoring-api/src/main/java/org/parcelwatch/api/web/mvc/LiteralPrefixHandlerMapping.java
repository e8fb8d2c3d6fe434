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
 * variable or wildcard), then with their segments (as many, the literal ones equal), and skips a mapping whose every
 * pattern differs there, before any condition is evaluated; every other mapping is matched as before, so what is
 * found, and the 404/405/406 answers, stay Spring's own. (With the literal start alone, the parcel's detail path
 * still went through every command mapping under it, {@code /api/v1/parcels/{parcelId}/payments} and the rest.)
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

    /**
     * A pattern's literal start, whether that is the whole pattern, and its segments: each one's literal text, or null
     * for a segment with a variable or wildcard; no segments at all for a pattern that may span any number of them
     * ({@code **}, {@code {*rest}}) or has a variable with its own expression (which may hold a {@code /}).
     */
    record Literal(String start, boolean whole, String[] segments) {

        static Literal of(String pattern) {
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '{' || c == '*' || c == '?') {
                    return new Literal(pattern.substring(0, i), false, segments(pattern));
                }
            }
            return new Literal(pattern, true, null);
        }

        private static String[] segments(String pattern) {
            if (!pattern.startsWith("/") || pattern.contains("**") || pattern.contains("{*") || pattern.contains(":")) {
                return null;
            }
            String[] segments = pattern.substring(1).split("/", -1);
            for (int i = 0; i < segments.length; i++) {
                String segment = segments[i];
                if (segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0) {
                    segments[i] = null;
                }
            }
            return segments;
        }

        /** False only when the pattern cannot match the (unescaped) path. */
        boolean mayMatch(String path) {
            if (!path.startsWith(start)) {
                return start.startsWith(path); // /x against /x/**
            }
            if (whole) {
                // a pattern without variables matches its own path only (with a trailing slash at most, where allowed)
                return path.length() == start.length() || path.length() == start.length() + 1 && path.endsWith("/");
            }
            return segments == null || segmentsMayMatch(path);
        }

        /**
         * A pattern of fixed segments matches a path of as many, each literal one equal: {@code /api/v1/parcels/{id}}
         * cannot match {@code /api/v1/parcels/P-1/payments}, nor {@code /api/v1/parcels/{id}/payments} the parcel's
         * own path, which share their literal start. A trailing slash or an empty segment is left to the full match.
         */
        private boolean segmentsMayMatch(String path) {
            if (path.length() < 2 || path.charAt(0) != '/' || path.endsWith("/") || path.contains("//")) {
                return true;
            }
            int from = 1;
            int segment = 0;
            while (true) {
                int end = path.indexOf('/', from);
                if (end < 0) {
                    end = path.length();
                }
                if (segment == segments.length) {
                    return false;
                }
                String literal = segments[segment++];
                if (literal != null && (literal.length() != end - from || !path.startsWith(literal, from))) {
                    return false;
                }
                if (end == path.length()) {
                    return segment == segments.length;
                }
                from = end + 1;
            }
        }
    }

    /**
     * Asked before Spring Boot's actuator endpoints (their mappings' order is -100), which were otherwise asked first for
     * every path and matched each of their mappings in full for a parcel's detail too (1.4% of the request threads of the
     * desk's reads). The two never share a path (the endpoints are under
     * {@code /actuator}), and a path this mapping has nothing for goes on to them as before. Spring MVC sets this
     * mapping's order to 0 when it creates it: the order is this method's, not that setting's.
     */
    @Override
    public int getOrder() {
        return BEFORE_ACTUATOR;
    }

    /** Before the actuator's mappings (-100), and after nothing else of the application. */
    static final int BEFORE_ACTUATOR = -101;

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
