package org.parcelwatch.api.web.mvc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.util.FastByteArrayOutputStream;

/**
 * Spring's JSON converter, writing an answer whole: the body is serialised first and goes out with its
 * {@code Content-Length}. Spring's own converter streams into the response and flushes it, so the container has to
 * commit the headers before it knows the length and sends the body chunked: a ledger page went out in three socket
 * writes (the headers with the first 8 kB, the rest, the closing chunk) and its reader had to follow the chunks.
 * With the length known it is one write (see {@link WebMvcTuning#SOCKET_WRITE_BUFFER}) and one plain body.
 *
 * <p>Only the plain servlet answer is written this way; a streamed one (server-sent events, a response body
 * emitter, whose output message is not the servlet response's) is written as Spring writes it. JSON answers here
 * are bounded (pages are at most a few hundred rows; downloads are not JSON), so holding one in memory is what
 * the container's own buffer does for small ones anyway.
 */
public class WholeJsonConverter extends MappingJackson2HttpMessageConverter {

    /** Room for a parcel detail or a ledger page of the default size without growing. */
    private static final int INITIAL_BYTES = 16 * 1024;

    public WholeJsonConverter(ObjectMapper objectMapper) {
        super(objectMapper);
    }

    @Override
    protected void writeInternal(Object object, Type type, HttpOutputMessage outputMessage)
            throws IOException, HttpMessageNotWritableException {
        if (!(outputMessage instanceof ServletServerHttpResponse) || streamed(outputMessage.getHeaders().getContentType())) {
            super.writeInternal(object, type, outputMessage);
            return;
        }
        FastByteArrayOutputStream body = new FastByteArrayOutputStream(INITIAL_BYTES);
        super.writeInternal(object, type, new HttpOutputMessage() {
            @Override
            public OutputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return outputMessage.getHeaders();
            }
        });
        outputMessage.getHeaders().setContentLength(body.size());
        body.writeTo(outputMessage.getBody());
    }

    private static boolean streamed(MediaType contentType) {
        return contentType != null && contentType.isCompatibleWith(MediaType.TEXT_EVENT_STREAM);
    }
}
