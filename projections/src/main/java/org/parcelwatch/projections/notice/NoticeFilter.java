package org.parcelwatch.projections.notice;

import java.time.LocalDate;
import org.parcelwatch.monitoring.notice.NoticeType;

/** Notices by type, parcel and issue date range (inclusive); each part optional. */
public record NoticeFilter(NoticeType type, String parcelId, LocalDate from, LocalDate to, Boolean delivered) {
}
