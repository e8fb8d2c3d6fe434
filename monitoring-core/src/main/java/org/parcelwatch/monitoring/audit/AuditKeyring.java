package org.parcelwatch.monitoring.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key that seals new links, checkpoints and roots, and the retired keys that only verify what they sealed
 * before a rotation.
 */
public final class AuditKeyring {

    private final AuditKey sealing;
    private final Map<String, AuditKey> byId = new LinkedHashMap<>();

    public AuditKeyring(AuditKey sealing, List<AuditKey> retired) {
        this.sealing = sealing;
        byId.put(sealing.id(), sealing);
        retired.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    public AuditKey sealing() {
        return sealing;
    }

    /** The key with that id, sealing or retired; empty for a key this node was not given. */
    public Optional<AuditKey> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** Ids of every key held, the sealing one first. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
