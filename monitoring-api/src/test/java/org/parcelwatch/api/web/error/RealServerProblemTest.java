package org.parcelwatch.api.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over a real connection to Tomcat, where MockMvc cannot go: what Tomcat or the firewall refuses before the
 * application, and errors sent through the container's error page, are problem documents too.
 */
class RealServerProblemTest extends ApiTestSupport {

    private static final String DESK = "Authorization: Basic ZGVzazpkZXNr\r\n";

    @LocalServerPort
    int port;

    @Test
    void whatTomcatRefusesIsAProblem() throws Exception {
        assertProblem(raw("GET /api/v1/parcels/13053%2F02024B00017 HTTP/1.1\r\n" + DESK), 400, "MALFORMED_REQUEST");
        assertProblem(raw("GET /api/v1/parcels/a|b{c} HTTP/1.1\r\n" + DESK), 400, "MALFORMED_REQUEST");
        assertProblem(raw("GET /api/v1/parcels HTTP/1.1\r\n" + DESK + "X-Big: " + "a".repeat(20_000) + "\r\n"), 400,
                "MALFORMED_REQUEST");
    }

    @Test
    void whatTheFirewallAndSecurityRefuseIsAProblem() throws Exception {
        assertProblem(raw("GET /api/v1/parcels/;jsessionid=1 HTTP/1.1\r\n" + DESK), 400, "MALFORMED_REQUEST");
        assertProblem(raw("GET /api/v1/parcels/%2e%2e/x HTTP/1.1\r\n" + DESK), 400, "MALFORMED_REQUEST");
        assertProblem(raw("GET /api/v1/parcels HTTP/1.1\r\n"), 401, "UNAUTHENTICATED");
        assertProblem(raw("GET /api/v1/parcels HTTP/1.1\r\nAuthorization: Basic !!!\r\n"), 401, "UNAUTHENTICATED");
        assertProblem(raw("GET /error HTTP/1.1\r\n"), 404, "NOT_FOUND");
        assertProblem(raw("GET /no/such/page HTTP/1.1\r\n" + DESK), 404, "NOT_FOUND");
    }

    /** Methods nobody implements are refused as not allowed, with a stable code, whichever layer refuses them. */
    @Test
    void connectAndUnknownMethodsAre405() throws Exception {
        assertProblem(raw("CONNECT /api/v1/parcels HTTP/1.1\r\n" + DESK), 405, "METHOD_NOT_ALLOWED");
        assertProblem(raw("BREW /api/v1/parcels HTTP/1.1\r\n" + DESK), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        assertProblem(raw("POST /api/v1/parcels HTTP/1.1\r\n" + DESK + "Content-Type: application/json\r\n"
                + "Content-Length: 2000000\r\n"), 413, "PAYLOAD_TOO_LARGE");
    }

    /** Chunked, the size is not known in advance: the body is counted as it is read, and refused the same way. */
    @Test
    void aChunkedBodyOverTheLimitIsRefusedLikeASizedOne() throws Exception {
        String huge = "{\"projectName\": \"" + "x".repeat(1_200_000) + "\"}";
        assertThat(chunkedPost("/api/v1/parcels", huge, null)).startsWith("413 ").contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        assertThat(chunkedPost("/api/v1/parcels", huge, "chunked-" + System.nanoTime()))
                .startsWith("413 ").contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        String id = org.parcelwatch.api.support.SampleParcels.nextParcelId();
        assertThat(chunkedPost("/api/v1/parcels", org.parcelwatch.api.support.SampleParcels.registrationJson(id), null))
                .startsWith("201 ");
    }

    @Test
    void aRealRequestRunsEndToEnd() throws Exception {
        String body = "{\"amount\": ";
        String response = raw("POST /api/v1/parcels/1305302024B00017/payments HTTP/1.1\r\n" + DESK
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n", body);
        assertProblem(response, 400, "MALFORMED_REQUEST");
    }

    private static void assertProblem(String response, int status, String code) {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).contains("\"code\":\"" + code + "\"");
    }

    /** A POST as the desk with a chunked body; answers the status, a space and the body. */
    private String chunkedPost(String path, String body, String idempotencyKey) throws IOException {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection)
                java.net.URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(8192);
        connection.setRequestProperty("Authorization", DESK.substring("Authorization: ".length()).trim());
        connection.setRequestProperty("Content-Type", "application/json");
        if (idempotencyKey != null) {
            connection.setRequestProperty("Idempotency-Key", idempotencyKey);
        }
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        connection.disconnect();
        return status + " " + answer;
    }

    private String raw(String head) throws IOException {
        return raw(head, "");
    }

    /** One request on a fresh connection, exactly as written (no client library to fix it up). */
    private String raw(String head, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: localhost\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
