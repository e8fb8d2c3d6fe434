package org.parcelwatch.api.web.query;

import java.time.Clock;
import java.time.LocalDate;
import org.parcelwatch.api.application.notice.IssuingBureaus;
import org.parcelwatch.api.web.error.NoticeNotFoundException;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.parcelwatch.projections.notice.NoticeEntry;
import org.parcelwatch.projections.notice.NoticeQueries;
import org.springframework.stereotype.Component;

/**
 * A notice's printable document, as HTML (a browser prints it) or as PDF: the one place that puts the notice, its
 * parcel as of today and the bureau that signs it together, for the API and the workbench's print page alike.
 */
@Component
public class NoticeDocuments {

    private final NoticeQueries notices;
    private final ParcelQueries parcels;
    private final IssuingBureaus bureaus;
    private final NoticePdf pdf;
    private final Clock clock;

    public NoticeDocuments(NoticeQueries notices, ParcelQueries parcels, IssuingBureaus bureaus, NoticePdf pdf, Clock clock) {
        this.notices = notices;
        this.parcels = parcels;
        this.bureaus = bureaus;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** @throws NoticeNotFoundException when no notice has that number */
    public String html(String noticeNo) {
        return html(notices.byNumber(noticeNo).orElseThrow(() -> new NoticeNotFoundException(noticeNo)));
    }

    public String html(NoticeEntry notice) {
        return NoticeDocument.render(notice, parcels.detail(notice.getParcelId(), LocalDate.now(clock)).orElse(null),
                bureaus.forParcel(notice.getParcelId()));
    }

    /** The document on A4 as PDF. */
    public byte[] pdf(NoticeEntry notice) {
        return pdf.render(html(notice));
    }
}
