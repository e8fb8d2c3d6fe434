package org.parcelwatch.api.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Photo evidence over HTTP (DESIGN §6.6): a real JPEG with EXIF, made in the test, is stored once by its hash, read
 * back byte for byte and as a thumbnail; bad files are refused and store nothing; a patrol names photos by hash, and
 * one taken a month before the patrol flags the patrol for review.
 */
class EvidenceOverHttpTest extends ApiTestSupport {

    /** 10 MB, parcelwatch.evidence.max-bytes of application.yml. */
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    @LocalServerPort
    int port;

    private ResultActions upload(String user, byte[] bytes, String declaredType) throws Exception {
        return mvc.perform(multipart("/api/v1/evidence")
                .file(new MockMultipartFile("file", "photo.jpg", declaredType, bytes)).with(as(user)));
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from evidence_file", Integer.class);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aPhotoIsStoredOnceByItsHashWithItsExifTimeAndPosition() throws Exception {
        byte[] photo = TestPhotos.jpeg(64, 48, 1, LocalDateTime.parse("2024-11-01T09:30:15"), 114.5012345, 37.0012345);
        String hash = sha256(photo);
        int before = stored();

        // the type comes from the bytes: a photo sent as octet-stream is still a JPEG
        upload("patrol", photo, "application/octet-stream")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sha256").value(hash))
                .andExpect(jsonPath("$.contentType").value("image/jpeg"))
                .andExpect(jsonPath("$.bytes").value(photo.length))
                .andExpect(jsonPath("$.takenAt").value("2024-11-01T09:30:15"))
                .andExpect(jsonPath("$.gps.longitude").value(114.5012345))
                .andExpect(jsonPath("$.gps.latitude").value(37.0012345));
        upload("patrol", photo, "image/jpeg").andExpect(status().isOk()).andExpect(jsonPath("$.sha256").value(hash));

        assertThat(stored()).isEqualTo(before + 1);
        getAs("desk", "/api/v1/evidence/" + hash + "/meta").andExpect(status().isOk())
                .andExpect(jsonPath("$.takenAt").value("2024-11-01T09:30:15"));
    }

    @Test
    void aPhotoWithoutExifHasNoTimeNorPosition() throws Exception {
        byte[] png = TestPhotos.png(40, 30, 2);
        upload("patrol", png, "image/png").andExpect(status().isOk())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.takenAt").isEmpty())
                .andExpect(jsonPath("$.gps").isEmpty());
    }

    @Test
    void theStoredPhotoReadsBackByteIdenticalAndAsAThumbnailCachedForGood() throws Exception {
        byte[] photo = TestPhotos.jpeg(800, 600, 3, LocalDateTime.parse("2024-11-01T10:00:00"), null, null);
        String hash = sha256(photo);
        upload("patrol", photo, "image/jpeg").andExpect(status().isOk());

        byte[] back = getAs("auditor", "/api/v1/evidence/" + hash)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andExpect(header().string("ETag", "\"" + hash + "\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(photo);

        mvc.perform(get("/api/v1/evidence/" + hash).header("If-None-Match", "\"" + hash + "\"").with(as("desk")))
                .andExpect(status().isNotModified());

        byte[] thumb = getAs("desk", "/api/v1/evidence/" + hash + "?size=thumb")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(240);

        expectProblem(getAs("desk", "/api/v1/evidence/" + "0".repeat(64)), 404, "EVIDENCE_NOT_FOUND");
        expectProblem(getAs("desk", "/api/v1/evidence/not-a-hash"), 400, "VALIDATION_FAILED");
    }

    @Test
    void badFilesAreRefusedAndStoreNothing() throws Exception {
        int before = stored();
        byte[] photo = TestPhotos.jpeg(400, 300, 4, LocalDateTime.parse("2024-11-01T10:00:00"), 114.5, 37.0);

        expectProblem(upload("patrol", "this is no photo at all".getBytes(StandardCharsets.UTF_8), "image/jpeg"),
                415, "EVIDENCE_NOT_AN_IMAGE");
        expectProblem(upload("patrol", TestPhotos.truncated(photo, 0.6), "image/jpeg"), 400, "EVIDENCE_CORRUPT");
        expectProblem(upload("patrol", TestPhotos.truncated(TestPhotos.png(200, 100, 5), 0.6), "image/png"),
                400, "EVIDENCE_CORRUPT");
        byte[] tooLarge = java.util.Arrays.copyOf(photo, MAX_BYTES + 1);
        expectProblem(upload("patrol", tooLarge, "image/jpeg"), 413, "PAYLOAD_TOO_LARGE");
        expectProblem(upload("patrol", new byte[0], "image/jpeg"), 400, "VALIDATION_FAILED");
        expectProblem(upload("desk", photo, "image/jpeg"), 403, "FORBIDDEN");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anUploadOverTheLimitIsAProblem413OnARealServerSizedOrChunked() throws Exception {
        int before = stored();
        byte[] body = multipartBody(new byte[MAX_BYTES + 200 * 1024]);
        HttpClient client = HttpClient.newHttpClient();
        for (HttpRequest.BodyPublisher publisher : java.util.List.of(HttpRequest.BodyPublishers.ofByteArray(body),
                // no Content-Length: Tomcat's multipart parsing meets the limit
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/evidence"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("patrol:patrol".getBytes()))
                    .header("Content-Type", "multipart/form-data; boundary=BOUNDARY")
                    .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        }
        assertThat(stored()).isEqualTo(before);
    }

    private static byte[] multipartBody(byte[] file) {
        byte[] head = ("--BOUNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--BOUNDARY--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(file, 0, all, head.length, file.length);
        System.arraycopy(tail, 0, all, head.length + file.length, tail.length);
        return all;
    }

    @Test
    void aPatrolNamesItsPhotosByHashAndOneTakenAMonthAwayFlagsItForReview() throws Exception {
        String id = SampleParcels.nextParcelId();
        register(SampleParcels.registrationJson(id).replaceFirst("\\{", """
                { "locationPoint": { "longitude": 114.5, "latitude": 37.0, "datum": "CGCS2000" },""")
        ).andExpect(status().isCreated());
        String base = "/api/v1/parcels/" + id;

        byte[] onTheDay = TestPhotos.jpeg(64, 48, 10, LocalDateTime.parse("2024-11-01T09:00:00"), 114.5003, 37.0002);
        byte[] aMonthBefore = TestPhotos.jpeg(64, 48, 11, LocalDateTime.parse("2024-10-01T09:00:00"), 114.5003, 37.0002);
        String good = sha256(onTheDay);
        String stale = sha256(aMonthBefore);
        upload("patrol", onTheDay, "image/jpeg").andExpect(status().isOk());
        upload("patrol", aMonthBefore, "image/jpeg").andExpect(status().isOk());

        // a hash the store does not hold is refused, and nothing is recorded
        int events = eventCount(id);
        expectProblem(postAs("patrol", base + "/patrols", patrol("2024-11-01", "0".repeat(64))), 422, "EVIDENCE_UNKNOWN");
        assertThat(eventCount(id)).isEqualTo(events);

        postAs("patrol", base + "/patrols", patrol("2024-11-01", good)).andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base).andExpect(status().isOk())
                .andExpect(jsonPath("$.locationPoint.datum").value("CGCS2000"))
                .andExpect(jsonPath("$.lastPatrol.photos[0]").value(good))
                .andExpect(jsonPath("$.lastPatrol.photoFindings").isEmpty())
                .andExpect(jsonPath("$.flags", not(hasItem("PATROL_REVIEW")))));

        postAs("patrol", base + "/patrols", patrol("2024-11-02", stale)).andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base).andExpect(status().isOk())
                .andExpect(jsonPath("$.flags", hasItem("PATROL_REVIEW")))
                .andExpect(jsonPath("$.lastPatrol.photoFindings[0].sha256").value(stale))
                .andExpect(jsonPath("$.lastPatrol.photoFindings[0].reason").value("TAKEN_AWAY_FROM_PATROL_DATE"))
                .andExpect(jsonPath("$.lastPatrol.photoFindings[0].amount").value(32)));
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/parcels?flag=PATROL_REVIEW&size=100")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id))));

        // the hash chain covers the photos: their hashes are in the parcel's history
        getAs("auditor", base + "/history?size=50").andExpect(status().isOk())
                .andExpect(content().string(containsString(good)))
                .andExpect(content().string(containsString(stale)));
    }

    @Test
    void aStartNamesItsPhotosByHashAndAnUnknownOneIsRefused() throws Exception {
        String id = registerSample();
        String base = "/api/v1/parcels/" + id;
        postAs("desk", base + "/handover", "{\"handedOverOn\": \"2024-04-01\"}").andExpect(status().isOk());
        byte[] photo = TestPhotos.jpeg(64, 48, 20, LocalDateTime.parse("2024-09-28T09:00:00"), null, null);
        upload("patrol", photo, "image/jpeg").andExpect(status().isOk());

        expectProblem(postAs("patrol", base + "/start", """
                { "startedOn": "2024-09-28", "photos": ["%s"] }""".formatted("f".repeat(64))), 422, "EVIDENCE_UNKNOWN");
        postAs("patrol", base + "/start", """
                { "startedOn": "2024-09-28", "photos": ["%s"] }""".formatted(sha256(photo))).andExpect(status().isOk());
        getAs("auditor", base + "/history?size=50").andExpect(content().string(containsString(sha256(photo))));
    }

    private static String patrol(String on, String photo) {
        return """
                { "patrolledOn": "%s", "inspector": "Li Wei", "status": "NOT_STARTED", "infoBoardPosted": true,
                  "photos": ["%s"] }""".formatted(on, photo);
    }
}
