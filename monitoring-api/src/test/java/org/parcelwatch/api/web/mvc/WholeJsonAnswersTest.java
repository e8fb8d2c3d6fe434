package org.parcelwatch.api.web.mvc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Over a real connection: JSON answers go out whole, with their length and without chunks (a ledger page larger
 * than Tomcat's default 8 kB buffer, a detail, a problem), and the connector writes through the configured buffer.
 */
class WholeJsonAnswersTest extends ApiTestSupport {

    private static final String DESK = "Authorization: Basic ZGVzazpkZXNr\r\n";
    private static final ObjectMapper READER = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void aLedgerPageLargerThanTheDefaultBufferGoesOutWithItsLength() throws Exception {
        for (int i = 0; i < 12; i++) {
            registerSample();
        }
        awaitProjections();
        Answer page = get("/api/v1/parcels?size=12");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().length).isGreaterThan(8192);
        assertWhole(page);
        JsonNode json = READER.readTree(page.body());
        assertThat(json.get("content").size()).isEqualTo(12);
    }

    @Test
    void aDetailAndAProblemGoOutWithTheirLength() throws Exception {
        String parcelId = registerSample();
        awaitProjections();
        Answer detail = get("/api/v1/parcels/" + parcelId);
        assertThat(detail.status()).isEqualTo(200);
        assertWhole(detail);
        assertThat(READER.readTree(detail.body()).get("parcelId").asText()).isEqualTo(parcelId);

        Answer refused = get("/api/v1/parcels?size=0");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.head()).containsIgnoringCase("Content-Type: application/problem+json");
        assertWhole(refused);
        assertThat(READER.readTree(refused.body()).get("code").asText()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void theSpringMvcReplacementsAndTheWriteBufferAreInPlace(@Autowired ApplicationContext context) {
        assertThat(context.getBean("requestMappingHandlerAdapter")).isInstanceOf(ValidationGroupsOnce.class);
        assertThat(context.getBean("requestMappingHandlerMapping")).isInstanceOf(LiteralPrefixHandlerMapping.class);
        TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        Connector connector = server.getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty(WebMvcTuning.SOCKET_WRITE_BUFFER))).isEqualTo(String.valueOf(32 * 1024));
    }

    @Test
    void theApplicationsMappingsAreAskedBeforeTheActuatorsWhichStillAnswer(@Autowired DispatcherServlet dispatcher)
            throws Exception {
        Answer health = get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(READER.readTree(health.body()).get("status").asText()).isEqualTo("UP");
        assertThat(get("/actuator/info").status()).isEqualTo(200);
        assertThat(get("/api/v1/no-such-thing").status()).isEqualTo(404);

        List<String> order = dispatcher.getHandlerMappings().stream().map(mapping -> mapping.getClass().getName()).toList();
        int actuator = IntStream.range(0, order.size()).filter(i -> order.get(i).startsWith("org.springframework.boot.actuate"))
                .findFirst().orElseThrow();
        assertThat(order.indexOf(LiteralPrefixHandlerMapping.class.getName())).as(order.toString()).isBetween(0, actuator - 1);
    }

    private static void assertWhole(Answer answer) {
        assertThat(answer.head()).doesNotContainIgnoringCase("Transfer-Encoding");
        assertThat(answer.head()).containsIgnoringCase("Content-Length: " + answer.body().length + "\r\n");
    }

    record Answer(int status, String head, byte[] body) {
    }

    /** One GET as the desk on a fresh connection; the head as sent, the body's bytes as they came. */
    private Answer get(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + DESK + "Host: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            byte[] bytes = all.toByteArray();
            int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String head = new String(bytes, 0, end + 2, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, Arrays.copyOfRange(bytes, end + 4, bytes.length));
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("no end of head in " + new String(bytes, StandardCharsets.ISO_8859_1));
    }
}
