package org.parcelwatch.api.web.error;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Which methods the API's handlers answer at a request's path: Spring MVC's own method resolution, asked early.
 * Security refuses a request before the dispatcher has looked at its method, so without this a PUT on a read-only
 * path was 403 FORBIDDEN even to a user holding every role, and a method the firewall does not know 400: both are
 * 405 METHOD_NOT_ALLOWED with an {@code Allow} header, as the dispatcher answers methods it reaches. Asked only
 * on a refusal, so the requests that pass pay nothing.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AllowedMethods {

    private final RequestMappingHandlerMapping mapping;
    private final ProblemResponses problems;

    public AllowedMethods(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
                          ProblemResponses problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /** The methods some handler answers at the request's path, by name; empty when none answers that path. */
    public Set<String> at(HttpServletRequest request) {
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        if (!parsed) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            Set<String> methods = new TreeSet<>();
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                PathPatternsRequestCondition paths = info.getPathPatternsCondition();
                if (paths != null && paths.getMatchingCondition(request) != null) {
                    Set<RequestMethod> answered = info.getMethodsCondition().getMethods();
                    if (answered.isEmpty()) {
                        answered = Set.of(RequestMethod.values());
                    }
                    answered.forEach(method -> methods.add(method.name()));
                }
            }
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            if (!methods.isEmpty()) {
                methods.add("OPTIONS");
            }
            methods.remove("TRACE");
            return methods;
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    /** True when a handler answers the request's path, but not with its method. */
    public boolean refuses(HttpServletRequest request) {
        Set<String> methods = at(request);
        return !methods.isEmpty() && !methods.contains(request.getMethod());
    }

    /** Answers 405 METHOD_NOT_ALLOWED with the path's {@code Allow} header (empty where no handler answers it). */
    public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ALLOW, String.join(", ", at(request)));
        problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "The method " + request.getMethod() + " is not allowed on " + request.getRequestURI());
    }
}
