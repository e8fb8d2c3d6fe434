package org.parcelwatch.projections.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.parcelwatch.monitoring.notice.DeliveryDeadline;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;

/** A notice as issued, with its delivery (送达回执) once recorded. */
@Entity
@Table(name = "notice")
public class NoticeEntry {

    @Id
    private String noticeNo;
    private String parcelId;
    @Enumerated(EnumType.STRING)
    private NoticeType type;
    private Integer installmentNo;
    private LocalDate issuedOn;
    private LocalDate dueDate;
    private String facts;
    private String liability;
    private LocalDate deliveredOn;
    private String receivedBy;

    protected NoticeEntry() {
    }

    NoticeEntry(NoticeIssued e) {
        noticeNo = e.noticeNo();
        parcelId = e.parcelId();
        type = e.type();
        installmentNo = e.installmentNo();
        issuedOn = e.issuedOn();
        dueDate = e.dueDate();
        facts = e.facts();
        liability = e.liability();
    }

    void delivered(LocalDate on, String by) {
        deliveredOn = on;
        receivedBy = by;
    }

    public String getNoticeNo() {
        return noticeNo;
    }

    public String getParcelId() {
        return parcelId;
    }

    public NoticeType getType() {
        return type;
    }

    public Integer getInstallmentNo() {
        return installmentNo;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    /**
     * The date the notice is about; for a notice whose deadline runs from its delivery, that deadline, open (null)
     * until the delivery. A notice of that kind stored before 2026-11-30 was inserted with its deadline counted from
     * the issue, which the column keeps (its delivery counts the same days from the delivery) and this hides.
     */
    public LocalDate getDueDate() {
        return DeliveryDeadline.runsFromDelivery(type) && deliveredOn == null ? null : dueDate;
    }

    public String getFacts() {
        return facts;
    }

    public String getLiability() {
        return liability;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getReceivedBy() {
        return receivedBy;
    }
}
