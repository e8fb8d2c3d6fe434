package org.parcelwatch.api.application.audit;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.parcelwatch.api.store.audit.AuditRoots;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.parcelwatch.monitoring.audit.AuditSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals the daily root: for the day before today (business clock), what the event store held before the day ended
 * — how many parcels, how many events, and every parcel's head summed under the audit key — chained to the
 * previous root. The daily sweep job writes it after its run ({@code SweepJob}); a day is sealed once, by whichever
 * node comes first.
 *
 * <p>A checkpoint can be deleted together with its parcel's stream; the roots written while the stream existed
 * cannot be made to match the store without it, and the integrity check recomputes all of them.
 */
@Service
public class DailyRoot {

    private static final Logger log = LoggerFactory.getLogger(DailyRoot.class);

    private final AuditRoots roots;
    private final AuditKeyring keys;
    private final Clock clock;

    public DailyRoot(AuditRoots roots, AuditKeyring keys, Clock clock) {
        this.roots = roots;
        this.keys = keys;
        this.clock = clock;
    }

    /** The root of yesterday, sealed now unless it already is. */
    @Transactional
    public AuditRoots.Root sealYesterday() {
        return seal(LocalDate.now(clock).minusDays(1));
    }

    /** The root of {@code day}, a day that has ended; sealed now unless it already is. */
    @Transactional
    public AuditRoots.Root seal(LocalDate day) {
        if (!day.isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("the root of " + day + " can be sealed once that day has ended");
        }
        Optional<AuditRoots.Root> sealed = roots.find(day);
        if (sealed.isPresent()) {
            return sealed.get();
        }
        String cut = cutOf(day, clock);
        long[] counts = new long[2];
        BigInteger[] digest = {BigInteger.ZERO};
        AuditKey key = keys.sealing();
        roots.headsBefore(cut, (parcelId, head, events) -> {
            counts[0]++;
            counts[1] += events;
            digest[0] = AuditSeal.addShares(digest[0], AuditSeal.rootShare(key, parcelId, head));
        });
        String previous = roots.latestBefore(day).map(AuditRoots.Root::seal).orElse(AuditSeal.NO_ROOT);
        AuditRoots.Root root = new AuditRoots.Root(day, cut, counts[0], counts[1], previous, key.id(),
                AuditSeal.root(key, day, cut, counts[0], counts[1], digest[0], previous));
        if (roots.insert(root)) {
            log.info("audit root of {} sealed: {} parcels, {} events before {} (key {})", day, root.parcels(), root.events(),
                    cut, key.id());
            return root;
        }
        return roots.find(day).orElse(root);
    }

    /** The end of {@code day} in the clock's zone, written as the event store writes timestamps. */
    static String cutOf(LocalDate day, Clock clock) {
        return AuditSeal.storedTimestamp(day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
