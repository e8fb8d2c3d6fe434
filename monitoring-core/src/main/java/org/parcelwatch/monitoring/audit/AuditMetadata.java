package org.parcelwatch.monitoring.audit;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * The metadata every command carries and every event inherits: who acted (user and role), through
 * which channel (REST, SWEEP, IMPORT), and, on events, the hash chaining it to the parcel's
 * previous event and the seal the event store puts on that link ({@link AuditSeal}). Correlation and trace ids
 * are Axon's own ({@code correlationId}, {@code traceId}).
 */
public final class AuditMetadata {

    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String SOURCE = "source";
    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";
    /**
     * On what an import sent, and the events it caused: which step of which file it was (the file's SHA-256, the
     * record, the action), so that the import, run again, knows from the events what it already applied.
     */
    public static final String IMPORT_STEP = "importStep";

    public static final String CORRELATION_ID = "correlationId";
    /** The keyed seal of the event's link and metadata; absent on events stored before the chain was keyed. */
    public static final String SEAL = "seal";
    /** The id of the key that made {@link #SEAL}. */
    public static final String SEAL_KEY = "sealKey";

    /** The channels a command can come through: the API, the nightly sweep, an import, the workbench's pages. */
    public enum Source { REST, SWEEP, IMPORT, WORKBENCH }

    private AuditMetadata() {
    }

    public static MetaData of(String actor, String role, Source source) {
        Map<String, Object> values = new HashMap<>();
        values.put(ACTOR, actor);
        values.put(ROLE, role);
        values.put(SOURCE, source.name());
        return MetaData.from(values);
    }

    /** The sweep acts as the system, not as a person. */
    public static MetaData sweep() {
        return of("sweep", "SYSTEM", Source.SWEEP);
    }
}
