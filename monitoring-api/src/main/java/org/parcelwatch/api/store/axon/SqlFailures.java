package org.parcelwatch.api.store.axon;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a failure of the database says, read the one way: along the causes and, for the PostgreSQL driver's failed
 * batches ({@code BatchUpdateException}), along {@link SQLException#getNextException()}, where the real error is.
 */
final class SqlFailures {

    /** SQLState classes and codes of failures that do not depend on what was written: try the same again later. */
    private static final Set<String> RETRYABLE_CLASSES = Set.of(
            "08", // connection exception
            "28", // invalid authorization
            "3D", // invalid catalog (the database)
            "40", // transaction rollback: serialization failure, deadlock
            "42", // syntax or access rule: a table, column or privilege missing, the schema's fault
            "53", // insufficient resources: disk full, out of memory, too many connections
            "57", // operator intervention: query cancelled, shutting down
            "58"); // system error: I/O
    private static final Set<String> RETRYABLE_STATES = Set.of(
            "55P03", // lock not available (PostgreSQL)
            "HYT00"); // lock or statement timeout (H2)

    private SqlFailures() {
    }

    /** Whether any SQLException along the failure has a SQLState that {@code state} accepts. */
    static boolean anyState(Throwable failure, Predicate<String> state) {
        return any(failure, t -> t instanceof SQLException sql && sql.getSQLState() != null && state.test(sql.getSQLState()));
    }

    /**
     * Whether the failure is the database's or the connection's rather than the data's: lost connection, deadlock,
     * lock timeout, missing table or privilege, full disk. The same write may succeed later, unchanged.
     */
    static boolean isRetryable(Throwable failure) {
        return any(failure, t -> t instanceof SQLTransientException || t instanceof SQLRecoverableException
                        || t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                        || t instanceof CannotCreateTransactionException)
                || anyState(failure, state -> RETRYABLE_STATES.contains(state)
                        || state.length() >= 2 && RETRYABLE_CLASSES.contains(state.substring(0, 2)));
    }

    /** The innermost SQLException along the failure (a batch's next exception before the batch), or null. */
    static SQLException innermost(Throwable failure) {
        SQLException[] found = new SQLException[1];
        any(failure, t -> {
            if (t instanceof SQLException sql) {
                found[0] = sql;
            }
            return false;
        });
        return found[0];
    }

    private static boolean any(Throwable failure, Predicate<Throwable> test) {
        return any(failure, test, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean any(Throwable t, Predicate<Throwable> test, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (test.test(t)) {
            return true;
        }
        if (t instanceof SQLException sql && any(sql.getNextException(), test, seen)) {
            return true;
        }
        return any(t.getCause(), test, seen);
    }
}
