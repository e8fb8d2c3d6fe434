package org.parcelwatch.api.web.error;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.ExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report, for what Tomcat refuses before the application sees it (an encoded slash, an
 * invalid character in the URL, an oversized header): a problem document with a code instead of Tomcat's
 * HTML page. Nothing of the server or the failure is shown.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == HttpStatus.NOT_IMPLEMENTED.value()) {
            // Tomcat answers 501 to a method it will not pass on (CONNECT): to a client that is the same refusal as
            // a method the application does not take, 405 METHOD_NOT_ALLOWED. (No Allow header: what the path
            // takes is the application's to say, and it never saw the request.)
            status = HttpStatus.METHOD_NOT_ALLOWED.value();
            response.setStatus(status);
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"The request was refused by the server: " + title + "\",\"code\":\""
                + ApiExceptionHandler.codeFor(status) + "\"}";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is already on its way: nothing more to say
        } catch (Throwable t) {
            ExceptionUtils.handleThrowable(t);
        }
    }
}
