package org.parcelwatch.api;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application settings under {@code parcelwatch.*}.
 *
 * @param clock    the business clock: every "today" and every event timestamp
 * @param snapshot aggregate snapshotting
 * @param sweep    the sweep that fires the time-driven rules
 * @param audit    the key that seals the audit chain
 */
@ConfigurationProperties("parcelwatch")
public record ParcelwatchProperties(@DefaultValue Clock clock, @DefaultValue Snapshot snapshot,
                                    @DefaultValue Sweep sweep, @DefaultValue Audit audit) {

    /**
     * @param zone       business dates are dates in this zone (DESIGN §2: Asia/Shanghai)
     * @param adjustable whether {@code PUT /api/v1/admin/clock} may move "today" forward (demo and test
     *                   setups only; never in production, where the endpoint answers 404)
     * @param followEvery how often a node reads the adjustable clock's stored offset, so that a move on one node holds
     *                   on every node within this time (0: only at start and before a move)
     * @param behindTolerance how far this node's clock may lag behind a parcel's last event (another node's system
     *                   clock running ahead) and still act on it, after waiting that long; a larger lag is refused
     */
    public record Clock(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("false") boolean adjustable,
                        @DefaultValue("500ms") Duration followEvery,
                        @DefaultValue("1s") Duration behindTolerance) {
    }

    /**
     * @param threshold     events replayed before the Parcel aggregate is snapshotted
     * @param cachedParcels parcels kept in memory between commands (least recently used first out; 0: none)
     */
    public record Snapshot(@DefaultValue("50") int threshold, @DefaultValue("10000") int cachedParcels) {
    }

    /**
     * @param cron            when the daily sweep runs: a Quartz cron expression (seconds first) in the clock's zone
     * @param batchSize       parcels read from the monitoring schedule per page
     * @param concurrency     groups of parcel checks in flight at once
     * @param checksPerTransaction parcels checked in one transaction (one group); 1 checks each on its own. Larger
     *                        groups commit less often and hand the projections larger batches (bench/README.md)
     * @param catchUpTimeout  how long a sweep waits for the parcel-ledger projection (and so the monitoring
     *                        schedule) to catch up with the event store before it reads the schedule anyway
     */
    public record Sweep(@DefaultValue("0 30 1 * * ?") String cron,
                        @DefaultValue("500") int batchSize,
                        @DefaultValue("4") int concurrency,
                        @DefaultValue("10s") Duration catchUpTimeout,
                        @DefaultValue("100") int checksPerTransaction) {

        public Sweep {
            if (batchSize < 1 || concurrency < 1 || checksPerTransaction < 1) {
                throw new IllegalArgumentException(
                        "parcelwatch.sweep.batch-size, concurrency and checks-per-transaction must be at least 1");
            }
        }
    }

    /**
     * The audit key lives outside the database (README, Audit). Give it as {@code key} or in {@code keyFile}, not both.
     *
     * @param key         the sealing key, Base64 of at least 32 bytes ({@code PARCELWATCH_AUDIT_KEY})
     * @param keyFile     a file holding the sealing key on its first line and retired keys on the lines after it
     * @param retiredKeys keys replaced by a rotation: they verify what they sealed and seal nothing new
     * @param generateKey with no key configured: true generates one into the data directory once (the embedded
     *                    default); false refuses to start (the postgres profile, where all nodes need the same key)
     */
    public record Audit(String key, Path keyFile, @DefaultValue List<String> retiredKeys,
                        @DefaultValue("false") boolean generateKey) {

        public Audit {
            retiredKeys = retiredKeys == null ? List.of() : List.copyOf(retiredKeys);
        }
    }
}
