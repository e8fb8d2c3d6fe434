package org.parcelwatch.projections.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.parcelwatch.monitoring.ParcelwatchJson;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;

/**
 * The parcel folded from its events, a row of {@code parcel_file} with the fold as JSON. Within one batch
 * of the processor the JSON is read once and written once per parcel, not once per event.
 */
final class ParcelFile {

    private static final ObjectMapper JSON = ParcelwatchJson.objectMapper();

    private final String parcelId;
    private final ParcelState state;
    private long lastSequence;
    private Instant updatedAt;

    private ParcelFile(String parcelId, ParcelState state, long lastSequence) {
        this.parcelId = parcelId;
        this.state = state;
        this.lastSequence = lastSequence;
    }

    /** A parcel the ledger has not seen yet. */
    static ParcelFile empty(String parcelId) {
        return new ParcelFile(parcelId, new ParcelState(), -1);
    }

    /** A stored row. */
    static ParcelFile read(String parcelId, String stateJson, long lastSequence, Instant updatedAt) {
        try {
            ParcelFile file = new ParcelFile(parcelId, JSON.readValue(stateJson, ParcelState.class), lastSequence);
            file.updatedAt = updatedAt;
            return file;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parcel file " + parcelId + " holds unreadable state", e);
        }
    }

    /** Folds the event unless it was folded already (processors deliver at least once). */
    boolean fold(ParcelEvent event, long sequence, Instant at) {
        if (sequence <= lastSequence) {
            return false;
        }
        state.apply(event);
        lastSequence = sequence;
        updatedAt = at;
        return true;
    }

    String json() {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parcel file " + parcelId + " cannot be written", e);
        }
    }

    ParcelState state() {
        return state;
    }

    String parcelId() {
        return parcelId;
    }

    long lastSequence() {
        return lastSequence;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
