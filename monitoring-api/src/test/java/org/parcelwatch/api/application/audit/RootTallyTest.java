package org.parcelwatch.api.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.store.audit.AuditRoots;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.parcelwatch.monitoring.audit.AuditSeal;

/**
 * The one-pass recomputation of the daily roots against the plain definition of a root (for each root: the parcels
 * and events stamped before its cut, each parcel's highest sequence among them), on random histories.
 */
class RootTallyTest {

    private static final AuditKey KEY = AuditKey.of(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
    private static final AuditKey OLD_KEY = AuditKey.of(new byte[32]);
    private static final AuditKeyring KEYS = new AuditKeyring(KEY, List.of(OLD_KEY));
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);

    private final Random random = new Random(19);

    @Test
    void rootsSealedOverAStoreVerifyOverThatStore() {
        Map<String, List<DomainEventMessage<?>>> store = randomStore(40, 10);
        List<AuditRoots.Root> roots = sealDays(store, 10);

        assertThat(tally(store, roots).findings()).isEmpty();
    }

    @Test
    void aStreamRemovedBreaksEveryRootThatCountedIt() {
        Map<String, List<DomainEventMessage<?>>> store = randomStore(40, 10);
        List<AuditRoots.Root> roots = sealDays(store, 10);
        String removed = store.keySet().iterator().next();
        int firstCounting = firstRootCounting(store.get(removed), roots);
        assertThat(firstCounting).as("a root counted the parcel").isLessThan(roots.size());
        store.remove(removed);

        assertThat(tally(store, roots).findings()).extracting(IntegrityCheck.BrokenRoot::day, IntegrityCheck.BrokenRoot::code)
                .containsExactlyElementsOf(roots.subList(firstCounting, roots.size()).stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.day(), IntegrityCheck.Problem.ROOT_MISMATCH)).toList());
    }

    /** Same counts, other heads: a parcel's last event removed and another parcel's event moved to it would not do. */
    @Test
    void aHeadLowerByOneIsSeenThoughTheCountsAreKeptEven() {
        Map<String, List<DomainEventMessage<?>>> store = new LinkedHashMap<>();
        Instant early = cutOf(FIRST_DAY).minusSeconds(3600);
        store.put("A", List.of(event("A", 0, early), event("A", 1, early)));
        store.put("B", List.of(event("B", 0, early), event("B", 2, early)));
        List<AuditRoots.Root> roots = sealDays(store, 1);
        // B's sequence 2 becomes a second sequence 0 (two events, as before, but its head is 0)
        store.put("B", List.of(event("B", 0, early), event("B", 0, early)));

        assertThat(tally(store, roots).findings()).singleElement().satisfies(broken -> {
            assertThat(broken.code()).isEqualTo(IntegrityCheck.Problem.ROOT_MISMATCH);
            assertThat(broken.reason()).contains("with other heads");
        });
    }

    @Test
    void aRemovedRootBreaksTheChainAtTheNextAndAnUnknownKeyIsNamed() {
        Map<String, List<DomainEventMessage<?>>> store = randomStore(10, 5);
        List<AuditRoots.Root> roots = new ArrayList<>(sealDays(store, 5));
        AuditRoots.Root removed = roots.remove(2);

        assertThat(tally(store, roots).findings()).extracting(IntegrityCheck.BrokenRoot::day, IntegrityCheck.BrokenRoot::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(removed.day().plusDays(1),
                        IntegrityCheck.Problem.ROOT_CHAIN_BROKEN));
        List<AuditRoots.Root> all = sealDays(store, 5);
        assertThat(new RootTally(all, new AuditKeyring(OLD_KEY, List.of())).findings())
                .extracting(IntegrityCheck.BrokenRoot::code).containsOnly(IntegrityCheck.Problem.UNKNOWN_KEY);
    }

    @Test
    void rootsSealedWithARetiredKeyStillVerify() {
        Map<String, List<DomainEventMessage<?>>> store = randomStore(20, 6);
        List<AuditRoots.Root> roots = new ArrayList<>(sealDays(store, 6, OLD_KEY));
        // rotated on the fourth day: the later roots are sealed with the new key, chained to the old ones
        List<AuditRoots.Root> rotated = new ArrayList<>(roots.subList(0, 3));
        for (int day = 3; day < 6; day++) {
            rotated.add(sealDay(store, FIRST_DAY.plusDays(day), rotated.get(day - 1).seal(), KEY));
        }

        assertThat(tally(store, rotated).findings()).isEmpty();
    }

    private RootTally tally(Map<String, List<DomainEventMessage<?>>> store, List<AuditRoots.Root> roots) {
        RootTally tally = new RootTally(roots, KEYS);
        store.forEach(tally::add);
        return tally;
    }

    /** Parcels with a few events each, stamped at random over {@code days} days and one day more (after the last cut). */
    private Map<String, List<DomainEventMessage<?>>> randomStore(int parcels, int days) {
        Map<String, List<DomainEventMessage<?>>> store = new LinkedHashMap<>();
        Instant start = FIRST_DAY.atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant();
        long span = (days + 1) * 86_400_000L;
        for (int p = 0; p < parcels; p++) {
            String id = "P" + p;
            int count = 1 + random.nextInt(8);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                times.add(random.nextLong(span));
            }
            times.sort(null);
            List<DomainEventMessage<?>> stream = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                stream.add(event(id, i, start.plusMillis(times.get(i))));
            }
            store.put(id, stream);
        }
        return store;
    }

    private static DomainEventMessage<?> event(String parcelId, long sequence, Instant at) {
        return new GenericDomainEventMessage<>("Parcel", parcelId, sequence, "payload", org.axonframework.messaging.MetaData.emptyInstance(),
                parcelId + "-" + sequence + "-" + at.toEpochMilli(), at);
    }

    private List<AuditRoots.Root> sealDays(Map<String, List<DomainEventMessage<?>>> store, int days) {
        return sealDays(store, days, KEY);
    }

    private List<AuditRoots.Root> sealDays(Map<String, List<DomainEventMessage<?>>> store, int days, AuditKey key) {
        List<AuditRoots.Root> roots = new ArrayList<>();
        String previous = AuditSeal.NO_ROOT;
        for (int day = 0; day < days; day++) {
            AuditRoots.Root root = sealDay(store, FIRST_DAY.plusDays(day), previous, key);
            roots.add(root);
            previous = root.seal();
        }
        return roots;
    }

    /** A root by its definition: what was stamped before the end of the day (Asia/Shanghai). */
    private static AuditRoots.Root sealDay(Map<String, List<DomainEventMessage<?>>> store, LocalDate day, String previous,
                                           AuditKey key) {
        Instant cut = cutOf(day);
        long parcels = 0;
        long events = 0;
        BigInteger digest = BigInteger.ZERO;
        for (Map.Entry<String, List<DomainEventMessage<?>>> parcel : store.entrySet()) {
            List<DomainEventMessage<?>> before = parcel.getValue().stream().filter(e -> e.getTimestamp().isBefore(cut)).toList();
            if (!before.isEmpty()) {
                parcels++;
                events += before.size();
                long head = before.stream().mapToLong(DomainEventMessage::getSequenceNumber).max().orElseThrow();
                digest = AuditSeal.addShares(digest, AuditSeal.rootShare(key, parcel.getKey(), head));
            }
        }
        String cutText = AuditSeal.storedTimestamp(cut);
        return new AuditRoots.Root(day, cutText, parcels, events, previous, key.id(),
                AuditSeal.root(key, day, cutText, parcels, events, digest, previous));
    }

    private static Instant cutOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private static int firstRootCounting(List<DomainEventMessage<?>> stream, List<AuditRoots.Root> roots) {
        Instant first = stream.get(0).getTimestamp();
        for (int i = 0; i < roots.size(); i++) {
            if (first.isBefore(org.axonframework.common.DateTimeUtils.parseInstant(roots.get(i).cut()))) {
                return i;
            }
        }
        return roots.size();
    }
}
