package org.parcelwatch.api.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelwatch.api.ParcelwatchApplication;
import org.parcelwatch.api.ParcelwatchProperties;
import org.parcelwatch.api.support.PostgresDatabase;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Where the audit key comes from: never the database; configured, or generated once on the embedded default only. */
class AuditKeysTest {

    private static final String KEY_A = "YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE=";
    private static final String KEY_B = "YmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmI=";

    @TempDir
    Path dir;

    @Test
    void theConfiguredKeySealsAndRetiredKeysOnlyVerify() {
        AuditKeyring ring = AuditKeys.load(new ParcelwatchProperties.Audit(KEY_B, null, List.of(KEY_A), false), dir);

        assertThat(ring.sealing().id()).isEqualTo(AuditKey.fromBase64(KEY_B).id());
        assertThat(ring.ids()).containsExactly(AuditKey.fromBase64(KEY_B).id(), AuditKey.fromBase64(KEY_A).id());
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aKeyFileSealsWithItsFirstKeyAndVerifiesWithTheOthers() throws IOException {
        Path file = Files.writeString(dir.resolve("audit.keys"), "# rotated 2026-12-01\n" + KEY_B + "\n\n" + KEY_A + "\n");

        AuditKeyring ring = AuditKeys.load(new ParcelwatchProperties.Audit(null, file, List.of(), true), dir);

        assertThat(ring.sealing().id()).isEqualTo(AuditKey.fromBase64(KEY_B).id());
        assertThat(ring.find(AuditKey.fromBase64(KEY_A).id())).isPresent();
    }

    @Test
    void anUnusableConfigurationSaysWhatToDo() throws IOException {
        assertThatThrownBy(() -> AuditKeys.load(new ParcelwatchProperties.Audit(KEY_A, dir.resolve("k"), List.of(), false), dir))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> AuditKeys.load(new ParcelwatchProperties.Audit(null, dir.resolve("missing"), List.of(), true), dir))
                .hasMessageContaining("Cannot read the audit key file").hasMessageContaining("missing");
        assertThatThrownBy(() -> AuditKeys.load(new ParcelwatchProperties.Audit("c2hvcnQ=", null, List.of(), false), dir))
                .hasMessageContaining("parcelwatch.audit.key").hasMessageContaining("at least 32 bytes");
        Path empty = Files.writeString(dir.resolve("empty"), "# nothing yet\n");
        assertThatThrownBy(() -> AuditKeys.load(new ParcelwatchProperties.Audit(null, empty, List.of(), false), dir))
                .hasMessageContaining("holds no key");
        assertThatThrownBy(() -> AuditKeys.load(new ParcelwatchProperties.Audit(" ", null, List.of(), false), dir))
                .hasMessage(AuditKeys.NO_KEY);
    }

    @Test
    void theEmbeddedDefaultGeneratesItsKeyOnceIntoTheDataDirectory() throws IOException {
        Path dataDir = dir.resolve("data");
        AuditKeyring first = AuditKeys.load(new ParcelwatchProperties.Audit(null, null, List.of(), true), dataDir);
        AuditKeyring again = AuditKeys.load(new ParcelwatchProperties.Audit(null, null, List.of(), true), dataDir);

        Path file = dataDir.resolve(AuditKeys.GENERATED_FILE);
        assertThat(again.sealing().id()).isEqualTo(first.sealing().id());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(file)).filteredOn(line -> !line.startsWith("#")).singleElement()
                .satisfies(line -> assertThat(AuditKey.fromBase64(line).id()).isEqualTo(first.sealing().id()));
    }

    /** The postgres profile makes no key up: nodes on one database must share one, so it stops with the reason. */
    @Test
    void thePostgresProfileWithoutAKeyRefusesToStart() {
        try (PostgresDatabase database = PostgresDatabase.create()) {
            Map<String, String> settings = new java.util.LinkedHashMap<>(database.springProperties());
            settings.put("parcelwatch.audit.key", "");
            String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);

            assertThatThrownBy(() -> new SpringApplicationBuilder(ParcelwatchApplication.class).web(WebApplicationType.NONE)
                    .profiles("postgres").run(args).close())
                    .rootCause().hasMessage(AuditKeys.NO_KEY);
        }
    }
}
