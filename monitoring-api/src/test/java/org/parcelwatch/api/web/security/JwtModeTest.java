package org.parcelwatch.api.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.parcelwatch.api.support.SampleParcels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JWT resource-server mode: Spring Boot's decoder (here from a public key; in production from
 * {@code issuer-uri}), roles from the {@code roles} claim, the user from {@code preferred_username}; HTTP Basic
 * keeps working beside it.
 */
@EmbeddedDefaultTest
class JwtModeTest {

    /**
     * Registration in history mode (issue 20): these tests count and read the events a registration stores, or walk the
     * parcel's past after it; checked at once, the sample's 2024 dates would add the overdue events of today.
     */
    private static final String REGISTER = "/api/v1/parcels?enteringHistory=true";

    private static final KeyPair KEYS = rsaKeys();
    private static final Path DIR = tempDir();

    @DynamicPropertySource
    static void jwtMode(DynamicPropertyRegistry registry) throws IOException {
        Path publicKey = DIR.resolve("issuer.pub");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
        registry.add("parcelwatch.security.jwt.enabled", () -> "true");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> publicKey.toUri().toString());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBearerTokenWithTheDeskRoleRegisters() throws Exception {
        String id = SampleParcels.nextParcelId();
        mvc.perform(post(REGISTER).header("Authorization", "Bearer " + token("zhang.san", List.of("DESK")))
                        .contentType(MediaType.APPLICATION_JSON).content(SampleParcels.registrationJson(id)))
           .andExpect(status().isCreated());
        String meta = new String(jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?",
                byte[].class, id), StandardCharsets.UTF_8);
        assertThat(meta).contains("\"actor\":\"zhang.san\"", "\"role\":\"DESK\"", "\"source\":\"REST\"");
    }

    @Test
    void rolesOfTheTokenAreEnforced() throws Exception {
        mvc.perform(post(REGISTER).header("Authorization", "Bearer " + token("li.si", List.of("PATROL")))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
           .andExpect(status().isForbidden())
           .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/api/v1/parcels").header("Authorization", "Bearer " + token("li.si", List.of("PATROL"))))
           .andExpect(status().isOk());
    }

    @Test
    void aForgedOrMissingTokenIsUnauthenticated() throws Exception {
        String forged = token("x", List.of("ADMIN"));
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA";
        mvc.perform(get("/api/v1/parcels").header("Authorization", "Bearer " + forged))
           .andExpect(status().isUnauthorized())
           .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/v1/parcels"))
           .andExpect(status().isUnauthorized())
           .andExpect(header().stringValues("WWW-Authenticate", hasItem("Bearer")))
           .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/v1/parcels").with(httpBasic("auditor", "auditor"))).andExpect(status().isOk());
    }

    private static String token(String user, List<String> roles) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey((RSAPrivateKey) KEYS.getPrivate()).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("id-" + user).claim("preferred_username", user)
                .claim("roles", roles).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "jwt-mode-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
