package org.parcelwatch.api.web.error;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page, for what fails outside Spring MVC (a filter, a rejected URL): problem+json
 * with a code, like every other error, instead of Spring Boot's whitelabel page.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "${server.error.path:${error.path:/error}}",
            produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, not forwarded for an error: there is nothing here
        int status = code instanceof Integer value ? value : HttpStatus.NOT_FOUND.value();
        HttpStatusCode httpStatus = HttpStatusCode.valueOf(status < 400 ? 500 : status);
        HttpStatus known = HttpStatus.resolve(httpStatus.value());
        ProblemDetail problem = ProblemResponses.problem(httpStatus, ApiExceptionHandler.codeFor(httpStatus.value()),
                known == null ? "The request failed" : known.getReasonPhrase());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // a rejected, unparsable URL: leave the instance out
            }
        }
        return ResponseEntity.status(httpStatus).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
