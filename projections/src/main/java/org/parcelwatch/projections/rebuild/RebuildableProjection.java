package org.parcelwatch.projections.rebuild;

import java.util.List;
import javax.sql.DataSource;
import org.parcelwatch.projections.jdbc.RowInserts;

/**
 * A projection that can be rebuilt from each aggregate's whole history rather than by replaying its processor: the
 * event store is read once, aggregate by aggregate, and the projection's own fold writes each row once into tables
 * that a rebuild made beside the live ones (monitoring-api {@code ShadowRebuild}).
 */
public interface RebuildableProjection {

    /** The processing group whose tables and token the rebuild replaces. */
    String group();

    /** The tables the group writes, which a rebuild builds anew. */
    List<String> tables();

    /** Of {@link #tables()}, those that need their primary key while they are written (upserted by the fold). */
    default List<String> keyedWhileWritten() {
        return List.of();
    }

    /**
     * A fold writing into the tables {@code target} reaches (a connection whose search path names the shadow tables);
     * new rows go to {@code inserts} (on PostgreSQL a COPY). {@code histories} gives aggregates' whole histories, for a
     * fold that refolds an aggregate rather than folding a tail onto its stored rows.
     */
    RebuildFold rebuildInto(DataSource target, RowInserts inserts, Histories histories);
}
