package org.parcelwatch.projections.field;

import org.parcelwatch.projections.RebuildTestSupport;

/** The rebuild fold of {@link FieldWorkProjection} against its live handlers ({@link RebuildTestSupport}). */
class FieldWorkRebuildTest extends RebuildTestSupport<FieldWorkProjection> {
}
