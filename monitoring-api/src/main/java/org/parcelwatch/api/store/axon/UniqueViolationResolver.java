package org.parcelwatch.api.store.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append failed on a unique key, so it raises {@code AggregateStreamCreationException}
 * (duplicate aggregate) or {@code ConcurrencyException} (two writers on one parcel) instead of a generic
 * store failure. Reads the failure as {@link SqlFailures} does, along causes and {@link SQLException#getNextException()}:
 * the PostgreSQL driver reports a failed batch insert as a {@code BatchUpdateException} with the real error chained.
 */
public class UniqueViolationResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return SqlFailures.anyState(exception, UNIQUE_VIOLATION::equals);
    }
}
