package org.parcelwatch.monitoring.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parcelwatch.monitoring.ParcelwatchJson;

/**
 * The tamper-evident chain of a parcel's history: each event's SHA-256 covers the previous event's
 * hash, the parcel, the sequence number, the event type and the payload in canonical JSON (sorted
 * keys), so editing, removing or reordering a stored event breaks every link after it.
 */
public final class EventHash {

    /** The hash before a parcel's first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = ParcelwatchJson.objectMapper()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** Cloned for each hash: looking SHA-256 up among the security providers cost as much as a short digest. */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private EventHash() {
    }

    public static String of(String previousHash, String parcelId, long sequence, Object payload) {
        return of(previousHash, parcelId, sequence, payload.getClass().getName(), canonical(payload));
    }

    public static String of(String previousHash, String parcelId, long sequence, String type, String canonicalPayload) {
        String material = String.join("\n", previousHash == null ? GENESIS : previousHash, parcelId,
                Long.toString(sequence), type, canonicalPayload);
        try {
            byte[] digest = ((MessageDigest) SHA_256.clone()).digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    public static String canonical(Object payload) {
        try {
            return CANONICAL.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload " + payload.getClass().getName() + " cannot be written as JSON", e);
        }
    }
}
