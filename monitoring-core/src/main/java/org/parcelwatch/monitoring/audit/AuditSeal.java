package org.parcelwatch.monitoring.audit;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.monitoring.IsoText;

/**
 * What the audit key seals. {@link EventHash} chains a parcel's payloads, but anyone who can write the database
 * can recompute it; the seals here are HMACs under a key the database does not hold:
 *
 * <ul>
 *   <li>an <b>event seal</b> (chain version 2) on each link: the parcel, the sequence, the link's hash and the
 *       previous hash (so the payload and everything before it), and the metadata the audit shows — actor, role,
 *       source, correlation id and the stored timestamp;</li>
 *   <li>a <b>checkpoint</b> per parcel: its head (sequence and hash, so the whole chain) and, sealed once, the
 *       sequence from which its events carry seals (0, or the first event after the upgrade for a stream begun
 *       under the unkeyed chain);</li>
 *   <li>a <b>daily root</b>: for every parcel, its head as of the end of a day, summed under the key, with the
 *       counts of parcels and events and the previous day's root.</li>
 * </ul>
 *
 * <p>Each kind of material starts with a label of its own, so a seal of one kind never verifies as another, and
 * every field is written with its length, so no two different field lists give the same material.
 */
public final class AuditSeal {

    /** The root of the first day, and the previous hash of nothing. */
    public static final String NO_ROOT = "0".repeat(64);

    private static final BigInteger DIGEST_MODULUS = BigInteger.ONE.shiftLeft(256);
    /** The instants {@link #storedTimestamp} writes by hand; others go to Axon's formatter. */
    private static final long FIRST_FOUR_DIGIT_YEAR = LocalDateTime.of(1000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long FIRST_FIVE_DIGIT_YEAR = LocalDateTime.of(10000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    private AuditSeal() {
    }

    /** The seal of a stored event's link and metadata, as the event store writes it. */
    public static String event(AuditKey key, DomainEventMessage<?> event) {
        return key.macHex(eventMaterial(key.id(), event));
    }

    /** Whether {@code seal} is the seal {@code key} makes of this event as it is stored now. */
    public static boolean verifiesEvent(AuditKey key, DomainEventMessage<?> event, String seal) {
        return key.verifies(eventMaterial(key.id(), event), seal);
    }

    static String eventMaterial(String keyId, DomainEventMessage<?> event) {
        MetaData meta = event.getMetaData();
        return material("parcelwatch event v2", keyId, event.getAggregateIdentifier(), event.getSequenceNumber(),
                meta.get(AuditMetadata.HASH), meta.get(AuditMetadata.PREVIOUS_HASH), meta.get(AuditMetadata.ACTOR),
                meta.get(AuditMetadata.ROLE), meta.get(AuditMetadata.SOURCE), meta.get(AuditMetadata.CORRELATION_ID),
                storedTimestamp(event.getTimestamp()));
    }

    /**
     * The timestamp as the JDBC store writes and reads it: Axon's {@link DateTimeUtils#formatInstant} (UTC, to the
     * millisecond, truncated), which the store also writes with (monitoring-api
     * {@code SealingEventStorageEngine}). Written by hand for the years 1000-9999: the formatter was a tenth of a
     * seal's cost, and every event is sealed and stored once.
     */
    public static String storedTimestamp(Instant timestamp) {
        long seconds = timestamp.getEpochSecond();
        if (seconds < FIRST_FOUR_DIGIT_YEAR || seconds >= FIRST_FIVE_DIGIT_YEAR) {
            return DateTimeUtils.formatInstant(timestamp);
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(30);
        text.append(utc.getYear()).append('-');
        twoDigits(text, utc.getMonthValue()).append('-');
        twoDigits(text, utc.getDayOfMonth()).append('T');
        twoDigits(text, utc.getHour()).append(':');
        twoDigits(text, utc.getMinute()).append(':');
        twoDigits(text, utc.getSecond()).append('.');
        int millis = timestamp.getNano() / 1_000_000;
        text.append((char) ('0' + millis / 100));
        return twoDigits(text, millis % 100).append('Z').toString();
    }

    /**
     * The instant of a timestamp as the JDBC store holds it: what {@link #storedTimestamp} writes
     * ({@code 2026-12-01T15:35:07.123Z}) read by hand, anything else by Axon's {@link DateTimeUtils#parseInstant}
     * (which also reports what it cannot read). Every event read from the store has its timestamp read: the tracking
     * processors' tail, each aggregate load, each rebuild; Axon's formatter took a third of the tail reader's CPU.
     */
    public static Instant readStoredTimestamp(String stored) {
        if (stored.length() == 24 && stored.charAt(10) == 'T' && stored.charAt(13) == ':' && stored.charAt(16) == ':'
                && stored.charAt(19) == '.' && stored.charAt(23) == 'Z') {
            LocalDate date = IsoText.date(stored, 0);
            int hour = IsoText.digits(stored, 11, 13);
            int minute = IsoText.digits(stored, 14, 16);
            int second = IsoText.digits(stored, 17, 19);
            int millis = IsoText.digits(stored, 20, 23);
            if (date != null && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
                    && millis >= 0) {
                return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second,
                        millis * 1_000_000L);
            }
        }
        return DateTimeUtils.parseInstant(stored);
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** A parcel's head: its last sequence and that event's hash. */
    public static String head(AuditKey key, String parcelId, long sequence, String hash) {
        return key.macHex(headMaterial(key.id(), parcelId, sequence, hash));
    }

    public static boolean verifiesHead(AuditKey key, String parcelId, long sequence, String hash, String seal) {
        return key.verifies(headMaterial(key.id(), parcelId, sequence, hash), seal);
    }

    private static String headMaterial(String keyId, String parcelId, long sequence, String hash) {
        return material("parcelwatch checkpoint head", keyId, parcelId, sequence, hash);
    }

    /** The sequence from which a parcel's events carry seals; written once, when the parcel's checkpoint is made. */
    public static String sealedFrom(AuditKey key, String parcelId, long sequence) {
        return key.macHex(sealedFromMaterial(key.id(), parcelId, sequence));
    }

    public static boolean verifiesSealedFrom(AuditKey key, String parcelId, long sequence, String seal) {
        return key.verifies(sealedFromMaterial(key.id(), parcelId, sequence), seal);
    }

    private static String sealedFromMaterial(String keyId, String parcelId, long sequence) {
        return material("parcelwatch checkpoint sealed-from", keyId, parcelId, sequence);
    }

    /**
     * One parcel's share of a daily root: its head sequence as of the root's cut, under the key, as a number. A
     * root adds the shares of all parcels (modulo 2^256), so it can be recomputed in one pass over the store in
     * any order, and without the key nobody can find a change to the heads that leaves the sum as it was.
     */
    public static BigInteger rootShare(AuditKey key, String parcelId, long headSequence) {
        return new BigInteger(1, key.mac(material("parcelwatch root share", key.id(), parcelId, headSequence)));
    }

    /** {@code a + b} as root digests add. */
    public static BigInteger addShares(BigInteger a, BigInteger b) {
        return a.add(b).mod(DIGEST_MODULUS);
    }

    /** {@code a - b} as root digests subtract. */
    public static BigInteger subtractShares(BigInteger a, BigInteger b) {
        return a.subtract(b).mod(DIGEST_MODULUS);
    }

    /** A daily root: the day, its cut, what the store held before the cut, and the previous root's seal. */
    public static String root(AuditKey key, LocalDate day, String cut, long parcels, long events, BigInteger digest,
                              String previousRoot) {
        return key.macHex(rootMaterial(key.id(), day, cut, parcels, events, digest, previousRoot));
    }

    public static boolean verifiesRoot(AuditKey key, LocalDate day, String cut, long parcels, long events, BigInteger digest,
                                       String previousRoot, String seal) {
        return key.verifies(rootMaterial(key.id(), day, cut, parcels, events, digest, previousRoot), seal);
    }

    private static String rootMaterial(String keyId, LocalDate day, String cut, long parcels, long events, BigInteger digest,
                                       String previousRoot) {
        return material("parcelwatch daily root", keyId, day, cut, parcels, events, digest.toString(16), previousRoot);
    }

    /** The label, then each field as its length, a colon and its text ({@code -} for none), one a line. */
    private static String material(String label, Object... fields) {
        StringBuilder text = new StringBuilder(label);
        for (Object field : fields) {
            text.append('\n');
            if (field == null) {
                text.append('-');
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value);
            }
        }
        return text.toString();
    }
}
