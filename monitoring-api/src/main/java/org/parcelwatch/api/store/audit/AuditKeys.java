package org.parcelwatch.api.store.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.parcelwatch.api.ParcelwatchProperties;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the audit key where {@code parcelwatch.audit.*} says, never in the database: the key itself
 * ({@code PARCELWATCH_AUDIT_KEY}), or a key file whose first key seals and whose later keys, like
 * {@code retired-keys}, only verify. With neither, the embedded default generates a key once into its data
 * directory; the postgres profile refuses to start, because every node on the database must hold the same key.
 */
public final class AuditKeys {

    /** The generated key's file in the data directory of the embedded default. */
    public static final String GENERATED_FILE = "audit.key";

    static final String NO_KEY = "No audit key is configured. The audit chain is sealed with a key kept outside the"
            + " database: set PARCELWATCH_AUDIT_KEY to Base64 of at least 32 random bytes (`openssl rand -base64 32`),"
            + " or parcelwatch.audit.key-file to a file holding it. Every node on this database needs the same key"
            + " (README, Audit).";

    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

    private AuditKeys() {
    }

    public static AuditKeyring load(ParcelwatchProperties.Audit settings, Path dataDir) {
        boolean hasKey = settings.key() != null && !settings.key().isBlank();
        if (hasKey && settings.keyFile() != null) {
            throw new IllegalStateException("Set parcelwatch.audit.key (PARCELWATCH_AUDIT_KEY) or parcelwatch.audit.key-file,"
                    + " not both: which one seals would be a guess.");
        }
        List<AuditKey> keys = new ArrayList<>();
        if (hasKey) {
            keys.add(parse(settings.key(), "parcelwatch.audit.key"));
        } else if (settings.keyFile() != null) {
            keys.addAll(readFile(settings.keyFile()));
        } else if (settings.generateKey()) {
            keys.addAll(readFile(generatedKey(dataDir.resolve(GENERATED_FILE))));
        } else {
            throw new IllegalStateException(NO_KEY);
        }
        for (String retired : settings.retiredKeys()) {
            keys.add(parse(retired, "parcelwatch.audit.retired-keys"));
        }
        AuditKeyring ring = new AuditKeyring(keys.get(0), keys.subList(1, keys.size()));
        log.info("audit chain sealed with key {}; keys that verify: {}", ring.sealing().id(), ring.ids());
        return ring;
    }

    private static List<AuditKey> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the audit key file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        List<AuditKey> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                keys.add(parse(line, file.toAbsolutePath() + " line " + (i + 1)));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("The audit key file " + file.toAbsolutePath() + " holds no key");
        }
        return keys;
    }

    private static AuditKey parse(String text, String where) {
        try {
            return AuditKey.fromBase64(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key in " + where + " is unusable: " + e.getMessage(), e);
        }
    }

    /**
     * The embedded default's key: made once, readable by this user only. It sits beside the H2 files but not in
     * them, so a copy of the database alone cannot forge a seal; whoever can read this directory can.
     */
    private static Path generatedKey(Path file) {
        if (Files.exists(file)) {
            return file;
        }
        byte[] secret = new byte[AuditKey.MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        String text = "# Parcelwatch audit key, generated " + java.time.Instant.now() + ": keep a copy elsewhere\n"
                + Base64.getEncoder().encodeToString(secret) + "\n";
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException raced) {
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated audit key to " + file.toAbsolutePath(), e);
        }
        log.warn("No audit key configured: generated one in {}. It seals the audit chain of this embedded database;"
                + " keep a copy outside this machine, and configure parcelwatch.audit.key-file or PARCELWATCH_AUDIT_KEY"
                + " for a real installation (README, Audit).", file.toAbsolutePath());
        return file;
    }
}
