package org.parcelwatch.api.application.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcelwatch.api.application.evidence.EvidenceRefusedException.Reason;
import org.parcelwatch.api.store.evidence.EvidenceStore;
import org.parcelwatch.api.store.evidence.EvidenceStore.NewEvidence;
import org.parcelwatch.api.store.evidence.EvidenceStore.StoredEvidence;
import org.parcelwatch.monitoring.patrol.PatrolPhoto;
import org.springframework.stereotype.Service;

/**
 * Photo evidence (DESIGN §6.6): takes an upload in (size, type from the bytes, decodes to its end, EXIF), stores it
 * once by its SHA-256, serves it back, and resolves the photo hashes a patrol, start or completion names, refusing a
 * hash the store does not hold (so that the audit chain never covers a photo nobody can show).
 */
@Service
public class EvidenceService {

    /**
     * A stored photo as the use cases show it: its hash, content type, size, and its EXIF time (camera local time) and
     * position (WGS-84), each null when the photo does not say.
     */
    public record Photo(String sha256, String contentType, long bytes, java.time.LocalDateTime takenAt,
                        java.math.BigDecimal longitude, java.math.BigDecimal latitude) {

        static Photo of(StoredEvidence e) {
            return new Photo(e.sha256(), e.contentType(), e.bytes(), e.takenAt(), e.longitude(), e.latitude());
        }
    }

    /** A file to send back: its bytes and their content type. */
    public record Download(byte[] bytes, String contentType) {
    }

    private final EvidenceStore store;
    private final EvidenceProperties properties;
    private final Clock clock;

    public EvidenceService(EvidenceStore store, EvidenceProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** The largest photo accepted ({@code parcelwatch.evidence.max-bytes}), for a page to check before it sends one. */
    public long maxBytes() {
        return properties.maxFileBytes();
    }

    /** Refuses a file larger than {@code parcelwatch.evidence.max-bytes} before its bytes are read. */
    public void requireWithinSize(long bytes) {
        if (bytes > properties.maxFileBytes()) {
            throw new EvidenceRefusedException(Reason.TOO_LARGE, "The file has " + bytes + " bytes; at most "
                    + properties.maxFileBytes() + " are accepted (parcelwatch.evidence.max-bytes)");
        }
    }

    /** Stores the photo (or finds it stored: the same bytes are the same record) and answers what it is. */
    public Photo upload(byte[] bytes, String uploadedBy) {
        requireWithinSize(bytes.length);
        PhotoFile.Type type = PhotoFile.type(bytes);
        byte[] thumbnail = PhotoFile.decodedThumbnail(type, bytes);
        PhotoFile.Exif exif = PhotoFile.exif(type, bytes);
        StoredEvidence facts = new StoredEvidence(sha256(bytes), type.contentType, bytes.length, exif.takenAt(),
                exif.longitude(), exif.latitude());
        return Photo.of(store.storeIfAbsent(new NewEvidence(facts, bytes, thumbnail, uploadedBy, OffsetDateTime.now(clock))));
    }

    public Optional<Photo> find(String sha256) {
        return store.find(sha256).map(Photo::of);
    }

    /**
     * The file, or its thumbnail. A HEIC has no thumbnail (the JDK cannot decode HEVC): its thumbnail is the file
     * itself, as the README says.
     */
    public Optional<Download> download(String sha256, boolean thumbnail) {
        return store.find(sha256).flatMap(facts -> {
            if (thumbnail) {
                Optional<byte[]> small = store.content(sha256, true);
                if (small.isPresent()) {
                    return small.map(bytes -> new Download(bytes, PhotoFile.Type.JPEG.contentType));
                }
            }
            return store.content(sha256, false).map(bytes -> new Download(bytes, facts.contentType()));
        });
    }

    /** The photos a patrol names, with what the store read from them, in the order named (each once). */
    public List<PatrolPhoto> patrolPhotos(List<String> sha256s) {
        Map<String, StoredEvidence> known = requireKnown(sha256s);
        return known.values().stream()
                .map(f -> new PatrolPhoto(f.sha256(), f.takenAt(), f.longitude(), f.latitude()))
                .toList();
    }

    /** The hashes a start or completion names, each once, refused if one is not stored. */
    public List<String> knownHashes(List<String> sha256s) {
        return List.copyOf(requireKnown(sha256s).keySet());
    }

    private Map<String, StoredEvidence> requireKnown(List<String> sha256s) {
        if (sha256s == null || sha256s.isEmpty()) {
            return Map.of();
        }
        LinkedHashSet<String> named = new LinkedHashSet<>(sha256s);
        Map<String, StoredEvidence> found = store.findAll(named).stream()
                .collect(Collectors.toMap(StoredEvidence::sha256, Function.identity()));
        List<String> unknown = named.stream().filter(h -> !found.containsKey(h)).toList();
        if (!unknown.isEmpty()) {
            throw new EvidenceRefusedException(Reason.UNKNOWN, "No photo with the SHA-256 " + String.join(", ", unknown)
                    + " is stored: upload it to POST /api/v1/evidence first");
        }
        return named.stream().collect(Collectors.toMap(Function.identity(), found::get, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
