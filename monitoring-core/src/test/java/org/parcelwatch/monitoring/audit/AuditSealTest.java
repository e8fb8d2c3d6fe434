package org.parcelwatch.monitoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;

class AuditSealTest {

    private static final AuditKey KEY = AuditKey.of(bytes(1));
    private static final AuditKey OTHER_KEY = AuditKey.of(bytes(2));
    private static final Instant AT = Instant.parse("2026-12-01T02:03:04.567Z");

    private final PaymentReceived payment = new PaymentReceived(SampleContract.PARCEL_ID, "R-1", new BigDecimal("100.00"),
            LocalDate.of(2024, 3, 1), List.of(new Settlement(1, new BigDecimal("100.00"))));
    private final String hash = EventHash.of(EventHash.GENESIS, SampleContract.PARCEL_ID, 1, payment);

    private DomainEventMessage<?> stored(long sequence, MetaData meta, Instant at) {
        return new GenericDomainEventMessage<>("Parcel", SampleContract.PARCEL_ID, sequence, payment, meta, "event-1", at);
    }

    private MetaData meta() {
        return AuditMetadata.of("admin", "ADMIN", AuditMetadata.Source.REST).and(AuditMetadata.CORRELATION_ID, "c-1")
                .and(AuditMetadata.HASH, hash).and(AuditMetadata.PREVIOUS_HASH, EventHash.GENESIS);
    }

    @Test
    void anEventSealVerifiesUnderItsKeyOnly() {
        DomainEventMessage<?> event = stored(1, meta(), AT);
        String seal = AuditSeal.event(KEY, event);

        assertThat(seal).hasSize(64).isEqualTo(AuditSeal.event(KEY, event));
        assertThat(AuditSeal.verifiesEvent(KEY, event, seal)).isTrue();
        assertThat(AuditSeal.verifiesEvent(OTHER_KEY, event, seal)).isFalse();
        assertThat(AuditSeal.verifiesEvent(KEY, event, null)).isFalse();
        assertThat(AuditSeal.verifiesEvent(KEY, event, "not hex")).isFalse();
    }

    /** The sealed timestamp is the text the store writes, whatever the instant's precision and year. */
    @Test
    void theStoredTimestampIsAxonsText() {
        List<Instant> instants = new java.util.ArrayList<>(List.of(AT, Instant.EPOCH, Instant.parse("2026-12-01T06:25:00.238931036Z"),
                Instant.parse("2026-12-01T06:25:00.230Z"), Instant.parse("2026-12-01T06:25:00.000100Z"),
                Instant.parse("2026-12-31T23:59:59.999999999Z"), Instant.parse("1000-01-01T00:00:00Z"),
                Instant.parse("0999-12-31T23:59:59.999Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-06-01T12:00:00.5Z")));
        SplittableRandom random = new SplittableRandom(18);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(Instant.parse("0900-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond());
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }

        instants.forEach(at -> assertThat(AuditSeal.storedTimestamp(at)).as(at.toString())
                .isEqualTo(DateTimeUtils.formatInstant(at)));
    }

    /** What the store holds reads back as Axon reads it; text the hand-written reader does not know goes to Axon's. */
    @Test
    void aStoredTimestampReadsAsAxonReadsIt() {
        SplittableRandom random = new SplittableRandom(2026);
        List<String> stored = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            stored.add(AuditSeal.storedTimestamp(Instant.ofEpochSecond(random.nextLong(Instant.parse("0900-01-01T00:00:00Z")
                    .getEpochSecond(), Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond()), random.nextInt(1_000_000_000))));
        }
        stored.addAll(List.of("2024-02-29T23:59:59.999Z", "1000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z",
                "2026-12-01t06:25:00.238z", "2026-12-01T06:25:00Z", "2026-12-01T06:25:00.238+08:00",
                "2026-12-01T06:25:00.238931Z"));
        for (String text : stored) {
            assertThat(AuditSeal.readStoredTimestamp(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
        for (String wrong : List.of("2026-02-30T00:00:00.000Z", "2025-02-29T00:00:00.000Z", "2026-13-01T00:00:00.000Z",
                "2026-12-01T24:00:00.000Z", "2026-12-01T23:60:00.000Z", "2026-12-01T23:59:60.000Z", "2026-1a-01T00:00:00.000Z",
                "0999-12-31T00:00:00.00xZ", "2026-12-01 06:25:00.238Z", "")) {
            assertThatThrownBy(() -> AuditSeal.readStoredTimestamp(wrong)).as(wrong)
                    .isInstanceOf(java.time.format.DateTimeParseException.class);
        }
    }

    /** Everything the audit shows of an event, and its place in the chain, is under the seal. */
    @Test
    void anEventSealCoversTheLinkAndTheMetadataTheAuditShows() {
        String seal = AuditSeal.event(KEY, stored(1, meta(), AT));
        List<UnaryOperator<MetaData>> edits = List.of(
                m -> m.and(AuditMetadata.ACTOR, "mallory"),
                m -> m.and(AuditMetadata.ROLE, "DESK"),
                m -> m.and(AuditMetadata.SOURCE, "IMPORT"),
                m -> m.and(AuditMetadata.CORRELATION_ID, "c-2"),
                m -> m.and(AuditMetadata.HASH, EventHash.GENESIS),
                m -> m.and(AuditMetadata.PREVIOUS_HASH, hash),
                m -> m.withoutKeys(java.util.Set.of(AuditMetadata.ACTOR)));
        for (UnaryOperator<MetaData> edit : edits) {
            assertThat(AuditSeal.verifiesEvent(KEY, stored(1, edit.apply(meta()), AT), seal)).as(edit.apply(meta()).toString())
                    .isFalse();
        }
        assertThat(AuditSeal.verifiesEvent(KEY, stored(2, meta(), AT), seal)).as("another sequence").isFalse();
        assertThat(AuditSeal.verifiesEvent(KEY, stored(1, meta(), AT.minusMillis(1)), seal)).as("another time").isFalse();
        assertThat(AuditSeal.verifiesEvent(KEY, new GenericDomainEventMessage<>("Parcel", "1305302024B00018", 1, payment, meta(),
                "event-1", AT), seal)).as("another parcel").isFalse();
        // the store keeps milliseconds: what it reads back is what was sealed
        assertThat(AuditSeal.verifiesEvent(KEY, stored(1, meta(), AT.plusNanos(999)), seal)).isTrue();
    }

    @Test
    void checkpointAndRootSealsAreBoundToTheirOwnKind() {
        String head = AuditSeal.head(KEY, SampleContract.PARCEL_ID, 4, hash);
        assertThat(AuditSeal.verifiesHead(KEY, SampleContract.PARCEL_ID, 4, hash, head)).isTrue();
        assertThat(AuditSeal.verifiesHead(KEY, SampleContract.PARCEL_ID, 3, hash, head)).isFalse();
        assertThat(AuditSeal.verifiesHead(OTHER_KEY, SampleContract.PARCEL_ID, 4, hash, head)).isFalse();
        assertThat(AuditSeal.verifiesSealedFrom(KEY, SampleContract.PARCEL_ID, 4, head)).isFalse();

        String from = AuditSeal.sealedFrom(KEY, SampleContract.PARCEL_ID, 0);
        assertThat(AuditSeal.verifiesSealedFrom(KEY, SampleContract.PARCEL_ID, 0, from)).isTrue();
        assertThat(AuditSeal.verifiesSealedFrom(KEY, SampleContract.PARCEL_ID, 5, from)).isFalse();

        BigInteger digest = AuditSeal.rootShare(KEY, SampleContract.PARCEL_ID, 4);
        LocalDate day = LocalDate.of(2026, 11, 30);
        String root = AuditSeal.root(KEY, day, "2026-11-30T16:00:00.000Z", 1, 5, digest, AuditSeal.NO_ROOT);
        assertThat(AuditSeal.verifiesRoot(KEY, day, "2026-11-30T16:00:00.000Z", 1, 5, digest, AuditSeal.NO_ROOT, root)).isTrue();
        assertThat(AuditSeal.verifiesRoot(KEY, day, "2026-11-30T16:00:00.000Z", 1, 4, digest, AuditSeal.NO_ROOT, root)).isFalse();
        assertThat(AuditSeal.verifiesRoot(KEY, day, "2026-11-30T16:00:00.000Z", 1, 5,
                AuditSeal.rootShare(KEY, SampleContract.PARCEL_ID, 3), AuditSeal.NO_ROOT, root)).isFalse();
        assertThat(AuditSeal.verifiesRoot(KEY, day, "2026-11-30T16:00:00.000Z", 1, 5, digest, head, root)).isFalse();
    }

    @Test
    void rootSharesAddInAnyOrderAndSubtractBack() {
        BigInteger a = AuditSeal.rootShare(KEY, "A", 3);
        BigInteger b = AuditSeal.rootShare(KEY, "B", 7);
        BigInteger c = AuditSeal.rootShare(KEY, "C", 0);
        BigInteger abc = AuditSeal.addShares(AuditSeal.addShares(a, b), c);
        assertThat(AuditSeal.addShares(AuditSeal.addShares(c, a), b)).isEqualTo(abc);
        assertThat(AuditSeal.subtractShares(abc, b)).isEqualTo(AuditSeal.addShares(a, c));
        assertThat(abc.bitLength()).isLessThanOrEqualTo(256);
        assertThat(AuditSeal.rootShare(KEY, "A", 4)).isNotEqualTo(a);
        assertThat(AuditSeal.rootShare(OTHER_KEY, "A", 3)).isNotEqualTo(a);
    }

    @Test
    void aKeyIsAtLeast256BitsOfBase64AndNamedByItsFingerprint() {
        AuditKey key = AuditKey.fromBase64("  " + Base64.getEncoder().encodeToString(bytes(1)) + "\n");
        assertThat(key.id()).isEqualTo(KEY.id()).matches("k[0-9a-f]{12}");
        assertThat(OTHER_KEY.id()).isNotEqualTo(KEY.id());
        assertThat(key.macHex("x")).isEqualTo(KEY.macHex("x"));
        assertThatThrownBy(() -> AuditKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> AuditKey.fromBase64("not base64 at all!")).hasMessageContaining("Base64");
    }

    @Test
    void aKeyringFindsTheSealingAndTheRetiredKeysByTheirIds() {
        AuditKeyring ring = new AuditKeyring(KEY, List.of(OTHER_KEY, KEY));
        assertThat(ring.sealing()).isSameAs(KEY);
        assertThat(ring.find(OTHER_KEY.id())).containsSame(OTHER_KEY);
        assertThat(ring.find("k000000000000")).isEmpty();
        assertThat(ring.find(null)).isEmpty();
        assertThat(ring.ids()).containsExactly(KEY.id(), OTHER_KEY.id());
    }

    private static byte[] bytes(int seed) {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (seed * 31 + i);
        }
        return secret;
    }
}
