package org.parcelwatch.projections;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.monitoring.complaint.ComplaintEvent;

/** An address complaint's events as the Complaint aggregate stores them: sequence from 0, 09:00 of each event's day. */
public final class ComplaintHistory {

    private ComplaintHistory() {
    }

    /** The complaint's stream, given as day (ISO date), event, day, event... */
    public static List<DomainEventMessage<?>> of(String complaintId, Object... dayThenEvents) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < dayThenEvents.length; i += 2) {
            messages.add(new GenericDomainEventMessage<>("Complaint", complaintId, messages.size(),
                    (ComplaintEvent) dayThenEvents[i + 1], MetaData.emptyInstance(),
                    IdentifierFactory.getInstance().generateIdentifier(), ParcelHistory.at((String) dayThenEvents[i])));
        }
        return messages;
    }
}
