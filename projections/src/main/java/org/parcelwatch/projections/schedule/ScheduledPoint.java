package org.parcelwatch.projections.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A row of the monitoring schedule: a date on which a time rule will act on a parcel. */
@Entity
@Table(name = "monitoring_schedule")
@IdClass(ScheduledPoint.Key.class)
public class ScheduledPoint {

    public enum Status { PENDING, DONE }

    public record Key(String parcelId, String rule, String subject, LocalDate firesOn) implements Serializable {
        public Key() {
            this(null, null, null, null);
        }
    }

    @Id
    private String parcelId;
    @Id
    private String rule;
    @Id
    private String subject;
    @Id
    private LocalDate firesOn;
    private LocalDate lapsesAfter;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    private LocalDate doneOn;

    protected ScheduledPoint() {
    }

    public ScheduledPoint(String parcelId, String rule, String subject, LocalDate firesOn, LocalDate lapsesAfter) {
        this.parcelId = parcelId;
        this.rule = rule;
        this.subject = subject;
        this.firesOn = firesOn;
        this.lapsesAfter = lapsesAfter;
        this.status = Status.PENDING;
    }

    public Key key() {
        return new Key(parcelId, rule, subject, firesOn);
    }

    void done(LocalDate on) {
        status = Status.DONE;
        doneOn = on;
    }

    public String getParcelId() {
        return parcelId;
    }

    public String getRule() {
        return rule;
    }

    public String getSubject() {
        return subject;
    }

    public LocalDate getFiresOn() {
        return firesOn;
    }

    public LocalDate getLapsesAfter() {
        return lapsesAfter;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
