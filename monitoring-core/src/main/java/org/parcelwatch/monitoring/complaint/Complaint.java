package org.parcelwatch.monitoring.complaint;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ApplyMore;
import org.parcelwatch.monitoring.audit.ChainHead;
import org.parcelwatch.monitoring.audit.ChainedEvents;
import org.parcelwatch.monitoring.parcel.Input;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;

/**
 * A complaint about an address (投诉举报, seed 002 三（四）, DESIGN §6.6): one that names no registered parcel, so there is
 * no parcel stream to hold it. Its life is the parcel complaint's: received, investigated by an officer within the
 * county's task days, decided (属实 or not). Its investigation is closed by the outcome, as no parcel's patrol can close
 * it. Its events are chained and sealed like a parcel's ({@link ChainedEvents}, the hash over the complaint id), so the integrity
 * check covers it; a refused command emits nothing.
 */
public class Complaint {

    @AggregateIdentifier
    private String complaintId;
    private LocalDate receivedOn;
    private String officer;
    private LocalDate dueOn;
    private LocalDate doBy;
    private LocalDate decidedOn;
    /** The last event's hash, to which the next one is chained (read from that event only when needed). */
    private ChainHead lastHash;

    protected Complaint() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Complaint(RecordAddressComplaint command, Clock clock, SupervisionSettings settings) {
        LocalDate today = LocalDate.now(clock);
        String id = Input.required(command.complaintId(), "complaintId");
        if (!ComplaintNumbers.isAddressComplaint(id)) {
            throw ParcelRuleException.invalidInput("complaintId " + id + " is not a complaint number (TS-yyyyMMdd-XXXXXX)");
        }
        String source = Input.required(blankToNull(command.source()), "source");
        String content = Input.required(blankToNull(command.content()), "content");
        String address = Input.required(blankToNull(command.address()), "address");
        String township = Input.required(blankToNull(command.township()), "township").strip();
        LocalDate received = command.receivedOn() == null ? today
                : Input.pastOrToday(command.receivedOn(), "receivedOn", today);
        String assignee = blankToNull(command.officer());
        ApplyMore recorded = chained(new AddressComplaintRecorded(id, source, blankToNull(command.contact()), content, address,
                township, received));
        // as for a parcel's complaint: due the day it is entered, within the county's task days
        recorded.andThen(() -> chained(new ComplaintTaskAssigned(id, assignee == null ? null : assignee.strip(), today,
                today.plusDays(settings.patrol().taskDays()), today)));
    }

    /** The desk names who investigates; the task keeps its days. The same officer again records nothing. */
    @CommandHandler
    public void handle(AssignComplaintOfficer command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        String named = Input.required(blankToNull(command.officer()), "officer").strip();
        if (decidedOn != null) {
            throw ParcelRuleException.illegalState("complaint " + complaintId + " was decided on " + decidedOn);
        }
        if (named.equals(officer)) {
            return;
        }
        chained(new ComplaintTaskAssigned(complaintId, named, dueOn, doBy, today));
    }

    @CommandHandler
    public void handle(RecordAddressComplaintOutcome command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (decidedOn != null) {
            throw ParcelRuleException.illegalState("the outcome of complaint " + complaintId + " was already recorded on "
                    + decidedOn);
        }
        String outcome = Input.required(blankToNull(command.outcome()), "outcome");
        Boolean substantiated = Input.required(command.substantiated(), "substantiated");
        LocalDate decided = command.decidedOn() == null ? today
                : Input.notBefore(Input.pastOrToday(command.decidedOn(), "decidedOn", today), "decidedOn", receivedOn,
                        "the complaint's receipt on");
        chained(new AddressComplaintOutcomeRecorded(complaintId, outcome, substantiated, decided));
        chained(new ComplaintTaskDone(complaintId, decided, !decided.isAfter(doBy)));
    }

    /** Applies an event chained to the previous one, as the parcel does. */
    private ApplyMore chained(ComplaintEvent event) {
        return ChainedEvents.apply(ChainHead.hashOf(lastHash), event.complaintId(), event);
    }

    @EventSourcingHandler
    void on(ComplaintEvent event, EventMessage<?> message) {
        if (event instanceof AddressComplaintRecorded e) {
            complaintId = e.complaintId();
            receivedOn = e.receivedOn();
        } else if (event instanceof ComplaintTaskAssigned e) {
            officer = e.officer();
            dueOn = e.dueOn();
            doBy = e.doBy();
        } else if (event instanceof AddressComplaintOutcomeRecorded e) {
            decidedOn = e.decidedOn();
        }
        lastHash = ChainHead.after(message);
    }

    /** Read-only views for tests. */
    String officer() {
        return officer;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
