package org.parcelwatch.projections.breach;

import org.parcelwatch.projections.RebuildTestSupport;

/** The rebuild fold of {@link BreachRegisterProjection} against its live handlers ({@link RebuildTestSupport}). */
class BreachRebuildTest extends RebuildTestSupport<BreachRegisterProjection> {
}
