package org.parcelwatch.api.web.error;

/** A notice number that was never issued (or is not projected yet). */
public class NoticeNotFoundException extends RuntimeException {

    public NoticeNotFoundException(String noticeNo) {
        super("No notice " + noticeNo + " was issued");
    }
}
