package org.parcelwatch.api.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.web.evidence.TestPhotos;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The workbench's photo upload (DESIGN §6.6): the signed-in session with its CSRF token reaches the same evidence store
 * as the API, under the same role; refusals are problem JSON in the workbench's language and store nothing; the patrol
 * form sends the hashes of its photos in one field, comma separated.
 */
class EvidencePageTest extends ApiTestSupport {

    private static RequestPostProcessor signedIn(String name) {
        return user(name).roles(name.toUpperCase(Locale.ROOT));
    }

    private ResultActions upload(String user, byte[] bytes, boolean withCsrf) throws Exception {
        var request = multipart("/evidence").file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", bytes))
                                            .with(signedIn(user));
        return mvc.perform(withCsrf ? request.with(csrf()) : request);
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from evidence_file", Integer.class);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theSignedInPatrolOfficerUploadsAPhotoAndAnyRoleSeesItsThumbnail() throws Exception {
        byte[] photo = TestPhotos.jpeg(640, 480, 2111, LocalDateTime.parse("2026-11-30T09:30:15"), 114.5012345, 37.0012345);
        String hash = sha256(photo);

        upload("patrol", photo, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.sha256").value(hash))
                .andExpect(jsonPath("$.contentType").value("image/jpeg"))
                .andExpect(jsonPath("$.bytes").value(photo.length))
                .andExpect(jsonPath("$.takenAt").value("2026-11-30T09:30:15"))
                .andExpect(jsonPath("$.gps.longitude").value(114.5012345));
        assertThat(jdbc.queryForObject("select uploaded_by from evidence_file where sha256 = ?", String.class, hash))
                .isEqualTo("patrol");

        byte[] thumb = mvc.perform(get("/evidence/" + hash).param("size", "thumb").with(signedIn("auditor")))
                          .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
                          .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                          .andReturn().getResponse().getContentAsByteArray();
        assertThat(thumb.length).isLessThan(photo.length);
        byte[] original = mvc.perform(get("/evidence/" + hash).with(signedIn("desk"))).andExpect(status().isOk())
                             .andReturn().getResponse().getContentAsByteArray();
        assertThat(original).isEqualTo(photo);
    }

    @Test
    void onlyThePatrolRoleWithItsCsrfTokenMayUpload() throws Exception {
        byte[] photo = TestPhotos.jpeg(64, 48, 2112, LocalDateTime.parse("2026-11-30T10:00:00"), null, null);
        int before = stored();
        upload("desk", photo, true).andExpect(status().isForbidden());
        upload("patrol", photo, false).andExpect(status().isForbidden());
        mvc.perform(multipart("/evidence").file(new MockMultipartFile("file", "p.jpg", "image/jpeg", photo)).with(csrf()))
           .andExpect(status().is3xxRedirection());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoPhotoIsRefusedInChineseAndNothingIsStored() throws Exception {
        int before = stored();
        upload("patrol", "巡查笔记".getBytes(StandardCharsets.UTF_8), true)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("EVIDENCE_NOT_AN_IMAGE"))
                .andExpect(jsonPath("$.title").value("这不是照片：只接受 JPEG、PNG 或 HEIC 格式的图片。"));
        upload("patrol", TestPhotos.truncated(TestPhotos.jpeg(64, 48, 2113, LocalDateTime.parse("2026-11-30T10:00:00"), null, null), 0.5), true)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("EVIDENCE_CORRUPT"));
        byte[] tooLarge = java.util.Arrays.copyOf(TestPhotos.jpeg(64, 48, 2116, LocalDateTime.parse("2026-11-30T10:00:00"),
                null, null), 10 * 1024 * 1024 + 1);
        upload("patrol", tooLarge, true)
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
        upload("patrol", new byte[0], true)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(get("/evidence/not-a-hash").with(signedIn("patrol")))
           .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("EVIDENCE_NOT_FOUND"))
           .andExpect(jsonPath("$.title").value("找不到该照片。"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void thePatrolFormSendsItsPhotosInOneFieldCommaSeparated() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        String first = uploaded(2114);
        String second = uploaded(2115);

        mvc.perform(post("/parcels/" + parcel + "/patrols").with(signedIn("patrol")).with(csrf())
                        .param("patrolledOn", today().toString()).param("inspector", "patrol")
                        .param("status", "NOT_STARTED").param("photos", first + "," + second))
           .andExpect(status().is3xxRedirection());
        String history = getAs("auditor", "/api/v1/parcels/" + parcel + "/history").andReturn().getResponse()
                                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(history).contains("\"photos\":[\"" + first + "\",\"" + second + "\"]");

        // a hash nobody uploaded: refused beside the form, which keeps what was typed
        String page = mvc.perform(post("/parcels/" + parcel + "/patrols").with(signedIn("patrol")).with(csrf())
                                  .param("patrolledOn", today().toString()).param("inspector", "patrol")
                                  .param("status", "NOT_STARTED").param("photos", "0".repeat(64)))
                         .andExpect(status().isUnprocessableEntity())
                         .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("所引用的照片尚未上传", "value=\"" + "0".repeat(64) + "\"");
        // not a hash: a field error beside the photos
        String typo = mvc.perform(post("/parcels/" + parcel + "/patrols").with(signedIn("patrol")).with(csrf())
                                  .param("patrolledOn", today().toString()).param("inspector", "patrol")
                                  .param("status", "NOT_STARTED").param("photos", "abc"))
                         .andExpect(status().isBadRequest())
                         .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(typo).contains("class=\"photos has-error\"");
    }

    @Test
    void thePatrolStartAndCompletionFormsTakePhotosFromTheCameraForThePatrolRoleOnly() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        String patrol = mvc.perform(get("/parcels/" + parcel).with(signedIn("patrol"))).andExpect(status().isOk())
                           .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String form : new String[] {"patrols", "start", "completion"}) {
            assertThat(patrol).contains("<input type=\"file\" accept=\"image/*\" capture=\"environment\" multiple id=\""
                    + form + "-camera\">", "name=\"photos\" id=\"" + form + "-photos\"");
        }
        assertThat(patrol).contains("data-upload=\"/evidence\"", "/js/workbench.js", "现场照片");
        String desk = mvc.perform(get("/parcels/" + parcel).with(signedIn("desk"))).andExpect(status().isOk())
                         .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(desk).doesNotContain("type=\"file\"", "data-upload");
    }

    private String uploaded(long seed) throws Exception {
        byte[] photo = TestPhotos.jpeg(64, 48, seed, LocalDateTime.parse("2026-11-30T10:00:00"), null, null);
        upload("patrol", photo, true).andExpect(status().isOk());
        return sha256(photo);
    }
}
