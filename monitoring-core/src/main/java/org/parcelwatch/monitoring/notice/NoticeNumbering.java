package org.parcelwatch.monitoring.notice;

/**
 * Notice numbers are unique per parcel and type: supervision number, type code, two-digit serial,
 * e.g. {@code 1305302024B00017-CJ-02} for the parcel's second urge notice.
 */
public final class NoticeNumbering {

    private NoticeNumbering() {
    }

    public static String number(String parcelId, NoticeType type, int serial) {
        return "%s-%s-%02d".formatted(parcelId, type.code(), serial);
    }
}
