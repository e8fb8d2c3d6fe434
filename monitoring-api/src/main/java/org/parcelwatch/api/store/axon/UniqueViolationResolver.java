package org.parcelwatch.api.store.axon;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append failed on a unique key, so it raises {@code AggregateStreamCreationException}
 * (duplicate aggregate) or {@code ConcurrencyException} (two writers on one parcel) instead of a generic
 * store failure. Follows causes and {@link SQLException#getNextException()}, because the PostgreSQL
 * driver reports a failed batch insert as a {@code BatchUpdateException} with the real error chained.
 */
public class UniqueViolationResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isUniqueViolation(exception, seen);
    }

    private static boolean isUniqueViolation(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (isUniqueViolation(sql.getNextException(), seen)) {
                return true;
            }
        }
        return isUniqueViolation(t.getCause(), seen);
    }
}
