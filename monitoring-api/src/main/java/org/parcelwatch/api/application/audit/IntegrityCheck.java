package org.parcelwatch.api.application.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.api.store.audit.AuditCheckpoints;
import org.parcelwatch.api.store.audit.AuditRoots;
import org.parcelwatch.api.store.audit.Checkpoint;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.AuditSeal;
import org.parcelwatch.monitoring.audit.EventHash;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the stored histories against their hash chain, their seals, their checkpoints and the daily roots, and
 * names, for each parcel that does not hold, the first sequence that does not and why:
 *
 * <ul>
 *   <li>the chain (SHA-256, {@link EventHash}): an edited payload, a removed or reordered event;</li>
 *   <li>the seals (HMAC under the audit key, {@link AuditSeal}): edited metadata (actor, role, source, correlation
 *       id, timestamp) and a rewritten chain whose hashes were recomputed — nobody without the key can reseal;</li>
 *   <li>the parcel's signed checkpoint: its last events removed, its whole stream removed, its last event replaced;</li>
 *   <li>the daily roots (only when checking all parcels): a stream removed together with its checkpoint.</li>
 * </ul>
 *
 * <p>Events stored before the chain was keyed carry no seal (chain version 1). Their links verify as before and are
 * counted as unkeyed: their payloads are covered by the checkpoint's sealed head, their metadata by nothing.
 */
@Service
public class IntegrityCheck {

    private static final int PARCELS_PER_BATCH = 500;

    private final ParcelHistory history;
    private final AuditCheckpoints checkpoints;
    private final AuditRoots roots;
    private final AuditKeyring keys;

    private final TransactionTemplate snapshot;

    public IntegrityCheck(ParcelHistory history, AuditCheckpoints checkpoints, AuditRoots roots, AuditKeyring keys,
                          PlatformTransactionManager transactions) {
        this.history = history;
        this.checkpoints = checkpoints;
        this.roots = roots;
        this.keys = keys;
        // a parcel's checkpoint and events read at two moments would disagree while a command appends to it
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** Why a link, a parcel or a root does not hold; stable codes for the auditor's tools. */
    public enum Problem {
        /** A sequence is missing from the middle of the stream: an event was removed. */
        EVENT_MISSING,
        /** The event does not name its predecessor's hash: events were reordered or a hash rewritten. */
        CHAIN_BROKEN,
        /** The stored payload cannot be read. */
        UNREADABLE,
        /** The stored payload does not match the event's hash: the payload (or the hash) was edited. */
        HASH_MISMATCH,
        /** An event that must carry a seal carries none: it was written outside the application, or its seal removed. */
        SEAL_MISSING,
        /** The seal does not cover the event as stored: metadata edited, or the chain rewritten and rehashed. */
        SEAL_MISMATCH,
        /** Sealed with a key this node does not hold (configure it as a retired key, README, Audit). */
        UNKNOWN_KEY,
        /** The parcel has events but no checkpoint: the checkpoint was removed. */
        CHECKPOINT_MISSING,
        /** The checkpoint's seals do not verify: the checkpoint was edited or forged. */
        CHECKPOINT_INVALID,
        /** The checkpoint names a parcel whose events are all gone: the stream was removed. */
        STREAM_MISSING,
        /** The stream ends before the checkpoint's head: its last events were removed. */
        STREAM_TRUNCATED,
        /** The stream's last event is not the one the checkpoint sealed: it was replaced. */
        HEAD_MISMATCH,
        /** Events after the checkpoint's head: appended outside the application. */
        EVENTS_AFTER_CHECKPOINT,
        /** A daily root does not match the store: a stream was removed or cut, with or without its checkpoint. */
        ROOT_MISMATCH,
        /** A daily root does not follow the one before it: a root was removed or replaced. */
        ROOT_CHAIN_BROKEN
    }

    /**
     * The first sequence of a parcel that does not hold, with the reason: {@code code} for tools, {@code reason} for
     * people. {@code eventType}, {@code storedHash} and {@code expectedHash} are given where there is such an event.
     */
    public record BrokenLink(String parcelId, long sequence, String eventType, Problem code, String reason, String storedHash,
                             String expectedHash) {
    }

    /** A daily root that does not match the store. */
    public record BrokenRoot(LocalDate day, Problem code, String reason) {
    }

    /**
     * @param unkeyedEvents events that carry the unkeyed chain only (stored before the chain was keyed)
     * @param rootsChecked  daily roots recomputed (only when checking all parcels)
     */
    // Named apart: two records called Report would share one schema in the OpenAPI document.
    @io.swagger.v3.oas.annotations.media.Schema(name = "IntegrityReport")
    public record Report(boolean intact, int parcelsChecked, long eventsChecked, long unkeyedEvents, int rootsChecked,
                         List<BrokenLink> brokenLinks, List<BrokenRoot> brokenRoots) {
    }

    /** A parcel as read in one snapshot. */
    private record Checked(String parcelId, List<DomainEventMessage<?>> events, Checkpoint checkpoint) {
    }

    /** What the check found in one parcel: the first sequence that does not hold (or null), and its unkeyed events. */
    record Verdict(BrokenLink broken, long unkeyedEvents) {
    }

    public Report parcel(String parcelId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        Optional<Checkpoint> checkpoint = snapshot.execute(status -> {
            events.addAll(history.readAll(parcelId));
            return checkpoints.find(parcelId);
        });
        if (events.isEmpty() && checkpoint.isEmpty()) {
            throw AuditProblem.parcelNotFound(parcelId);
        }
        Verdict verdict = verify(parcelId, events, checkpoint.orElse(null), keys);
        return new Report(verdict.broken() == null, 1, events.size(), verdict.unkeyedEvents(), 0,
                verdict.broken() == null ? List.of() : List.of(verdict.broken()), List.of());
    }

    public Report all() {
        RootTally tally = new RootTally(roots.all(), keys);
        List<BrokenLink> broken = new ArrayList<>();
        int parcels = 0;
        long events = 0;
        long unkeyed = 0;
        String after = "";
        List<Checked> batch;
        do {
            String from = after;
            // one snapshot a page: consistent for each parcel, without holding one for the whole store
            batch = snapshot.execute(status -> {
                List<String> ids = checkpoints.parcelIdsAfter(from, PARCELS_PER_BATCH);
                Map<String, Checkpoint> signed = checkpoints.findAll(ids);
                return ids.stream().map(id -> new Checked(id, history.readAll(id), signed.get(id))).toList();
            });
            for (Checked parcel : batch) {
                parcels++;
                events += parcel.events().size();
                Verdict verdict = verify(parcel.parcelId(), parcel.events(), parcel.checkpoint(), keys);
                unkeyed += verdict.unkeyedEvents();
                if (verdict.broken() != null) {
                    broken.add(verdict.broken());
                }
                tally.add(parcel.parcelId(), parcel.events());
                after = parcel.parcelId();
            }
        } while (batch.size() == PARCELS_PER_BATCH);
        List<BrokenRoot> brokenRoots = tally.findings();
        return new Report(broken.isEmpty() && brokenRoots.isEmpty(), parcels, events, unkeyed, tally.size(), broken,
                brokenRoots);
    }

    /**
     * One parcel: its stream (in sequence order, as read) against its chain and seals, then against its checkpoint
     * (null: none). Of all that does not hold, the lowest sequence is reported.
     */
    static Verdict verify(String parcelId, List<DomainEventMessage<?>> events, Checkpoint checkpoint, AuditKeyring keys) {
        List<BrokenLink> found = new ArrayList<>();
        BrokenLink forged = checkpoint == null ? null : checkpointForgery(checkpoint, keys);
        // without a checkpoint to say from where seals are due, none is demanded before the first sealed event
        long sealedFrom = checkpoint == null || forged != null ? Long.MAX_VALUE : checkpoint.sealedFrom();
        long[] unkeyed = {0};
        BrokenLink link = firstBrokenLink(parcelId, events, sealedFrom, keys, unkeyed);
        if (link != null) {
            found.add(link); // first: at the same sequence, what is wrong with the event says more
        }
        if (forged != null) {
            found.add(forged);
        }
        BrokenLink head = headAgainstCheckpoint(parcelId, events, checkpoint, forged != null);
        if (head != null) {
            found.add(head);
        }
        BrokenLink first = found.stream().min(Comparator.comparingLong(BrokenLink::sequence)).orElse(null);
        return new Verdict(first, unkeyed[0]);
    }

    private static BrokenLink firstBrokenLink(String parcelId, List<DomainEventMessage<?>> events, long sealedFrom,
                                              AuditKeyring keys, long[] unkeyed) {
        String previous = EventHash.GENESIS;
        long expectedSequence = 0;
        boolean sealing = false;
        for (DomainEventMessage<?> event : events) {
            String type = event.getPayloadType().getName();
            MetaData meta = event.getMetaData();
            String stored = (String) meta.get(AuditMetadata.HASH);
            long sequence = event.getSequenceNumber();
            if (sequence != expectedSequence) {
                return new BrokenLink(parcelId, expectedSequence, null, Problem.EVENT_MISSING,
                        "sequence " + expectedSequence + " is missing; the stream goes on at " + sequence, null, null);
            }
            if (!Objects.equals(meta.get(AuditMetadata.PREVIOUS_HASH), previous)) {
                return new BrokenLink(parcelId, sequence, type, Problem.CHAIN_BROKEN,
                        "the recorded previous hash does not match the previous event", stored, null);
            }
            String expected;
            try {
                expected = EventHash.of(previous, parcelId, sequence, type, EventHash.canonical(event.getPayload()));
            } catch (RuntimeException unreadable) {
                return new BrokenLink(parcelId, sequence, type, Problem.UNREADABLE,
                        "the stored payload cannot be read: " + unreadable.getMessage(), stored, null);
            }
            if (!expected.equals(stored)) {
                return new BrokenLink(parcelId, sequence, type, Problem.HASH_MISMATCH,
                        "the stored event does not match its hash: payload or hash altered", stored, expected);
            }
            String seal = (String) meta.get(AuditMetadata.SEAL);
            if (seal == null) {
                if (sequence >= sealedFrom || sealing) {
                    return new BrokenLink(parcelId, sequence, type, Problem.SEAL_MISSING,
                            "the event carries no seal, though the parcel's events are sealed from sequence "
                                    + Math.min(sealedFrom, sequence), stored, null);
                }
                unkeyed[0]++;
            } else {
                sealing = true;
                Object keyId = meta.get(AuditMetadata.SEAL_KEY);
                Optional<AuditKey> key = keys.find(keyId == null ? null : keyId.toString());
                if (key.isEmpty()) {
                    return new BrokenLink(parcelId, sequence, type, Problem.UNKNOWN_KEY,
                            "sealed with key " + keyId + ", which this node does not hold", stored, null);
                }
                if (!AuditSeal.verifiesEvent(key.get(), event, seal)) {
                    return new BrokenLink(parcelId, sequence, type, Problem.SEAL_MISMATCH,
                            "the seal does not cover the event as stored: its actor, role, source, correlation id or"
                                    + " timestamp was edited, or its chain rewritten and rehashed", stored, null);
                }
            }
            previous = stored;
            expectedSequence++;
        }
        return null;
    }

    private static BrokenLink checkpointForgery(Checkpoint checkpoint, AuditKeyring keys) {
        Optional<AuditKey> headKey = keys.find(checkpoint.headKeyId());
        Optional<AuditKey> fromKey = keys.find(checkpoint.sealedFromKeyId());
        boolean holds = headKey.isPresent() && fromKey.isPresent()
                && AuditSeal.verifiesHead(headKey.get(), checkpoint.parcelId(), checkpoint.headSequence(),
                checkpoint.headHash(), checkpoint.headSeal())
                && AuditSeal.verifiesSealedFrom(fromKey.get(), checkpoint.parcelId(), checkpoint.sealedFrom(),
                checkpoint.sealedFromSeal());
        if (holds) {
            return null;
        }
        String unknown = headKey.isEmpty() ? checkpoint.headKeyId() : fromKey.isEmpty() ? checkpoint.sealedFromKeyId() : null;
        return new BrokenLink(checkpoint.parcelId(), Math.min(checkpoint.headSequence(), checkpoint.sealedFrom()), null,
                unknown != null ? Problem.UNKNOWN_KEY : Problem.CHECKPOINT_INVALID,
                unknown != null ? "the checkpoint is sealed with key " + unknown + ", which this node does not hold"
                        : "the checkpoint's seals do not verify: it was edited or forged", checkpoint.headHash(), null);
    }

    private static BrokenLink headAgainstCheckpoint(String parcelId, List<DomainEventMessage<?>> events, Checkpoint checkpoint,
                                                    boolean checkpointForged) {
        if (checkpointForged) {
            return null;
        }
        if (events.isEmpty()) {
            return checkpoint == null ? null : new BrokenLink(parcelId, 0, null, Problem.STREAM_MISSING,
                    "the checkpoint records sequences 0 to " + checkpoint.headSequence() + "; the store holds none",
                    null, checkpoint.headHash());
        }
        DomainEventMessage<?> last = events.get(events.size() - 1);
        long head = last.getSequenceNumber();
        String headHash = (String) last.getMetaData().get(AuditMetadata.HASH);
        String type = last.getPayloadType().getName();
        if (checkpoint == null) {
            return new BrokenLink(parcelId, head, type, Problem.CHECKPOINT_MISSING,
                    "the parcel has no checkpoint: nothing vouches that its stream ends at sequence " + head, headHash, null);
        }
        if (head < checkpoint.headSequence()) {
            return new BrokenLink(parcelId, head + 1, null, Problem.STREAM_TRUNCATED,
                    "the checkpoint records sequences up to " + checkpoint.headSequence() + "; the stream ends at " + head,
                    null, null);
        }
        if (head > checkpoint.headSequence()) {
            return new BrokenLink(parcelId, checkpoint.headSequence() + 1, null, Problem.EVENTS_AFTER_CHECKPOINT,
                    "the stream goes on after the checkpoint's head " + checkpoint.headSequence() + " to " + head
                            + ": events were appended outside the application", null, null);
        }
        if (!checkpoint.headHash().equals(headHash)) {
            return new BrokenLink(parcelId, head, type, Problem.HEAD_MISMATCH,
                    "the stream does not end in the event the checkpoint sealed: the last event was replaced, or an"
                            + " earlier one rewritten and the chain rehashed", headHash, checkpoint.headHash());
        }
        return null;
    }
}
