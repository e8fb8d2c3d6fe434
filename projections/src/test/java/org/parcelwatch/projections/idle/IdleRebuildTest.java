package org.parcelwatch.projections.idle;

import org.parcelwatch.projections.RebuildTestSupport;

/** The rebuild fold of {@link IdleReferralProjection} against its live handlers ({@link RebuildTestSupport}). */
class IdleRebuildTest extends RebuildTestSupport<IdleReferralProjection> {
}
