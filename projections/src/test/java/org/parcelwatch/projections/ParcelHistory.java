package org.parcelwatch.projections;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * A parcel's events as its aggregate stores them: sequence numbers from 0, each event stamped at 09:00 of the
 * business day it happened on, in the bureau's zone (the projections take an event's business day from its time).
 */
public final class ParcelHistory {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final String parcelId;
    private final List<DomainEventMessage<?>> messages = new ArrayList<>();

    private ParcelHistory(String parcelId) {
        this.parcelId = parcelId;
    }

    public static ParcelHistory of(String parcelId) {
        return new ParcelHistory(parcelId);
    }

    /** Appends the events, in order, as happening on {@code day} (ISO date). */
    public ParcelHistory on(String day, ParcelEvent... events) {
        for (ParcelEvent event : events) {
            if (!parcelId.equals(event.parcelId())) {
                throw new IllegalArgumentException(event + " is not an event of " + parcelId);
            }
            messages.add(new GenericDomainEventMessage<>("Parcel", parcelId, messages.size(), event, MetaData.emptyInstance(),
                    IdentifierFactory.getInstance().generateIdentifier(), at(day)));
        }
        return this;
    }

    /** A history of the same parcel with its first {@code count} events only, to go on differently from there. */
    public ParcelHistory upTo(int count) {
        ParcelHistory history = new ParcelHistory(parcelId);
        history.messages.addAll(messages.subList(0, count));
        return history;
    }

    /** Every event so far. */
    public List<DomainEventMessage<?>> messages() {
        return List.copyOf(messages);
    }

    /** The events from sequence {@code from} on. */
    public List<DomainEventMessage<?>> from(int from) {
        return List.copyOf(messages.subList(from, messages.size()));
    }

    public int size() {
        return messages.size();
    }

    /** When an event of that business day is stamped. */
    public static Instant at(String day) {
        return LocalDate.parse(day).atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
    }
}
