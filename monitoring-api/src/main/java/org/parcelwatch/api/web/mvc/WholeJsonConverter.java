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
 * emitter, whose output message is not the servlet response's) is written as Spring writes it. An answer is held
 * whole up to {@link #WHOLE_UP_TO} bytes (a page of the largest size is a few hundred kB); one that grows past it
 * (a dead-letter listing of a full queue, say) goes on streaming from there, chunked, as before.
 */
public class WholeJsonConverter extends MappingJackson2HttpMessageConverter {

    /** The first block of the buffer; it grows by further blocks, never copying what it holds. */
    private static final int INITIAL_BYTES = 4 * 1024;
    /** The largest answer held whole before it is sent. */
    static final int WHOLE_UP_TO = 1024 * 1024;

    private final int wholeUpTo;

    public WholeJsonConverter(ObjectMapper objectMapper) {
        this(objectMapper, WHOLE_UP_TO);
    }

    WholeJsonConverter(ObjectMapper objectMapper, int wholeUpTo) {
        super(objectMapper);
        this.wholeUpTo = wholeUpTo;
    }

    @Override
    protected void writeInternal(Object object, Type type, HttpOutputMessage outputMessage)
            throws IOException, HttpMessageNotWritableException {
        if (!(outputMessage instanceof ServletServerHttpResponse) || streamed(outputMessage.getHeaders().getContentType())) {
            super.writeInternal(object, type, outputMessage);
            return;
        }
        WholeUpTo body = new WholeUpTo(outputMessage, wholeUpTo);
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
        body.finish();
    }

    /** Holds what is written up to the limit; past it, sends what it holds and passes the rest straight on. */
    private static final class WholeUpTo extends OutputStream {

        private final HttpOutputMessage response;
        private final int limit;
        private FastByteArrayOutputStream held = new FastByteArrayOutputStream(INITIAL_BYTES);
        private OutputStream streaming;

        WholeUpTo(HttpOutputMessage response, int limit) {
            this.response = response;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (streaming != null) {
                streaming.write(bytes, offset, length);
                return;
            }
            held.write(bytes, offset, length);
            if (held.size() > limit) {
                streaming = response.getBody();
                held.writeTo(streaming);
                held = null;
            }
        }

        @Override
        public void flush() throws IOException {
            if (streaming != null) {
                streaming.flush();
            }
        }

        /** The whole answer with its length, or the end of a streamed one. */
        void finish() throws IOException {
            if (streaming == null) {
                response.getHeaders().setContentLength(held.size());
                held.writeTo(response.getBody());
            }
        }
    }

    private static boolean streamed(MediaType contentType) {
        return contentType != null && contentType.isCompatibleWith(MediaType.TEXT_EVENT_STREAM);
    }
}
