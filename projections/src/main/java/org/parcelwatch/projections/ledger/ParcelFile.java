package org.parcelwatch.projections.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.parcelwatch.monitoring.ParcelwatchJson;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;

/**
 * The parcel folded from its events, stored as JSON. Within one batch of the processor the entity
 * stays in the persistence context, so the JSON is read once and written once per batch, not per event.
 */
@Entity
@Table(name = "parcel_file")
public class ParcelFile {

    private static final ObjectMapper JSON = ParcelwatchJson.objectMapper();

    @Id
    @Column(name = "parcel_id")
    private String parcelId;

    @Column(name = "state_json", nullable = false)
    private String stateJson;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence = -1;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Transient
    private ParcelState state = new ParcelState();

    protected ParcelFile() {
    }

    public ParcelFile(String parcelId) {
        this.parcelId = parcelId;
    }

    /** Folds the event unless it was folded already (processors deliver at least once). */
    public boolean fold(ParcelEvent event, long sequence, Instant at) {
        if (sequence <= lastSequence) {
            return false;
        }
        state.apply(event);
        lastSequence = sequence;
        updatedAt = at;
        return true;
    }

    public ParcelState state() {
        return state;
    }

    public String parcelId() {
        return parcelId;
    }

    public long lastSequence() {
        return lastSequence;
    }

    @PostLoad
    void readState() {
        try {
            state = JSON.readValue(stateJson, ParcelState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parcel file " + parcelId + " holds unreadable state", e);
        }
    }

    @PrePersist
    @PreUpdate
    void writeState() {
        try {
            stateJson = JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parcel file " + parcelId + " cannot be written", e);
        }
    }
}
