package org.parcelwatch.api.application.audit;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.parcelwatch.api.store.audit.AuditRoots;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.parcelwatch.monitoring.audit.AuditSeal;

/**
 * Recomputes every daily root in the integrity check's one pass over the parcels. A root counts, of each parcel, the
 * events stamped before its cut and their highest sequence; so an event counts in every root from the first whose cut
 * lies after it, and a parcel's share stays the same from one root to the next until it has events in between.
 * Each parcel therefore adds its counts and shares where they change (difference arrays over the roots, oldest
 * first), and the roots' totals are the running sums: one pass, whatever the number of roots.
 */
final class RootTally {

    private final List<AuditRoots.Root> roots;
    private final Instant[] cuts;
    private final long[] events;
    private final long[] parcels;
    /** Per key id among the roots, the change of the digest at each root. */
    private final Map<String, BigInteger[]> digests = new HashMap<>();
    private final Map<String, AuditKey> keysById = new HashMap<>();

    RootTally(List<AuditRoots.Root> roots, AuditKeyring keys) {
        this.roots = List.copyOf(roots);
        int size = roots.size();
        this.cuts = roots.stream().map(r -> DateTimeUtils.parseInstant(r.cut())).toArray(Instant[]::new);
        this.events = new long[size + 1];
        this.parcels = new long[size + 1];
        for (AuditRoots.Root root : roots) {
            keys.find(root.keyId()).ifPresent(key -> {
                keysById.put(key.id(), key);
                digests.computeIfAbsent(key.id(), id -> filled(size + 1));
            });
        }
    }

    int size() {
        return roots.size();
    }

    /** One parcel's events as stored (any order). */
    void add(String parcelId, List<DomainEventMessage<?>> stream) {
        if (roots.isEmpty() || stream.isEmpty()) {
            return;
        }
        // the first root each event counts in, and the highest sequence first counted there
        TreeMap<Integer, Long> highest = new TreeMap<>();
        for (DomainEventMessage<?> event : stream) {
            int first = firstRootAfter(event.getTimestamp());
            if (first < roots.size()) {
                events[first]++;
                highest.merge(first, event.getSequenceNumber(), Math::max);
            }
        }
        if (highest.isEmpty()) {
            return;
        }
        parcels[highest.firstKey()]++;
        long head = -1;
        List<int[]> ranges = new ArrayList<>();
        List<Long> heads = new ArrayList<>();
        for (Map.Entry<Integer, Long> at : highest.entrySet()) {
            if (at.getValue() > head) {
                head = at.getValue();
                ranges.add(new int[] {at.getKey()});
                heads.add(head);
            }
        }
        for (Map.Entry<String, BigInteger[]> perKey : digests.entrySet()) {
            AuditKey key = keysById.get(perKey.getKey());
            BigInteger[] change = perKey.getValue();
            for (int i = 0; i < ranges.size(); i++) {
                int from = ranges.get(i)[0];
                int to = i + 1 < ranges.size() ? ranges.get(i + 1)[0] : roots.size();
                BigInteger share = AuditSeal.rootShare(key, parcelId, heads.get(i));
                change[from] = AuditSeal.addShares(change[from], share);
                change[to] = AuditSeal.subtractShares(change[to], share);
            }
        }
    }

    /** The roots that do not match the store as it is now, oldest first. */
    List<IntegrityCheck.BrokenRoot> findings() {
        List<IntegrityCheck.BrokenRoot> broken = new ArrayList<>();
        long eventCount = 0;
        long parcelCount = 0;
        Map<String, BigInteger> digest = new HashMap<>();
        String previousSeal = AuditSeal.NO_ROOT;
        for (int i = 0; i < roots.size(); i++) {
            AuditRoots.Root root = roots.get(i);
            eventCount += events[i];
            parcelCount += parcels[i];
            for (Map.Entry<String, BigInteger[]> perKey : digests.entrySet()) {
                digest.merge(perKey.getKey(), perKey.getValue()[i], AuditSeal::addShares);
            }
            AuditKey key = keysById.get(root.keyId());
            if (!Objects.equals(root.previousSeal(), previousSeal)) {
                broken.add(new IntegrityCheck.BrokenRoot(root.day(), IntegrityCheck.Problem.ROOT_CHAIN_BROKEN,
                        "the root does not follow the root before it: a daily root was removed or replaced"));
            } else if (key == null) {
                broken.add(new IntegrityCheck.BrokenRoot(root.day(), IntegrityCheck.Problem.UNKNOWN_KEY,
                        "sealed with key " + root.keyId() + ", which this node does not hold"));
            } else if (!AuditSeal.verifiesRoot(key, root.day(), root.cut(), parcelCount, eventCount,
                    digest.getOrDefault(key.id(), BigInteger.ZERO), root.previousSeal(), root.seal())) {
                broken.add(new IntegrityCheck.BrokenRoot(root.day(), IntegrityCheck.Problem.ROOT_MISMATCH,
                        "before " + root.cut() + " the root counted " + root.parcels() + " parcels and " + root.events()
                                + " events; the store now holds " + parcelCount + " and " + eventCount
                                + (root.parcels() == parcelCount && root.events() == eventCount
                                ? ", with other heads" : "") + ": a stream was removed, cut or extended"));
            }
            previousSeal = root.seal();
        }
        return broken;
    }

    /** The index of the first root whose cut lies after {@code timestamp} (the roots' count if none does). */
    private int firstRootAfter(Instant timestamp) {
        int found = Arrays.binarySearch(cuts, timestamp);
        // equal to a cut: not before it, so the next root is the first to count it
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static BigInteger[] filled(int size) {
        BigInteger[] zeros = new BigInteger[size];
        Arrays.fill(zeros, BigInteger.ZERO);
        return zeros;
    }
}
