package org.parcelwatch.projections.notice;

import org.parcelwatch.projections.RebuildTestSupport;

/** The rebuild fold of {@link NoticeProjection} against its live handlers ({@link RebuildTestSupport}). */
class NoticeRebuildTest extends RebuildTestSupport<NoticeProjection> {
}
