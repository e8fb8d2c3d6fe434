package org.parcelwatch.api.web.mvc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.mock.web.MockHttpServletResponse;

class WholeJsonConverterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int LIMIT = 1024;

    private final WholeJsonConverter converter = new WholeJsonConverter(MAPPER, LIMIT);

    @Test
    void anAnswerUpToTheLimitGoesOutWholeWithItsLength() throws Exception {
        Map<String, Object> page = Map.of("content", List.of("a", "b"), "totalElements", 2);
        MockHttpServletResponse servlet = new MockHttpServletResponse();
        converter.write(page, MediaType.APPLICATION_JSON, new ServletServerHttpResponse(servlet));

        byte[] expected = MAPPER.writeValueAsBytes(page);
        assertThat(servlet.getContentAsByteArray()).isEqualTo(expected);
        assertThat(servlet.getHeader("Content-Length")).isEqualTo(Integer.toString(expected.length));
    }

    @Test
    void anAnswerPastTheLimitStreamsWithoutALength() throws Exception {
        List<String> rows = IntStream.range(0, 500).mapToObj(i -> "row " + i).toList();
        MockHttpServletResponse servlet = new MockHttpServletResponse();
        converter.write(rows, MediaType.APPLICATION_JSON, new ServletServerHttpResponse(servlet));

        byte[] expected = MAPPER.writeValueAsBytes(rows);
        assertThat(expected.length).isGreaterThan(LIMIT);
        assertThat(servlet.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(servlet.getHeader("Content-Length")).isNull();
    }

    @Test
    void anotherOutputMessageIsWrittenAsSpringWritesIt() throws Exception {
        MockHttpOutputMessage message = new MockHttpOutputMessage();
        converter.write(Map.of("code", "X"), MediaType.APPLICATION_JSON, message);

        assertThat(message.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("{\"code\":\"X\"}");
        assertThat(message.getHeaders().getContentLength()).isEqualTo(-1);
    }
}
