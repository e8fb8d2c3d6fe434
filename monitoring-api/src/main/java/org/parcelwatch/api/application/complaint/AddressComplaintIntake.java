package org.parcelwatch.api.application.complaint;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.parcelwatch.api.application.PatrolProperties;
import org.parcelwatch.monitoring.complaint.ComplaintNumbers;
import org.parcelwatch.monitoring.complaint.ComplaintOfficerPolicy;
import org.parcelwatch.monitoring.complaint.RecordAddressComplaint;
import org.parcelwatch.projections.field.FieldWorkQueries;
import org.springframework.stereotype.Service;

/**
 * Takes in a complaint about an address (DESIGN §6.6): numbers it and chooses who investigates it, from the officers
 * of its township as the field-work projection knows them and the county's configured officer per township
 * ({@code parcelwatch.patrol.complaint-officers}). The aggregate checks the rest.
 */
@Service
public class AddressComplaintIntake {

    private final FieldWorkQueries fieldWork;
    private final PatrolProperties patrol;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    public AddressComplaintIntake(FieldWorkQueries fieldWork, PatrolProperties patrol, Clock clock) {
        this.fieldWork = fieldWork;
        this.patrol = patrol;
        this.clock = clock;
    }

    /** A township of the county is one some parcel was registered in (乡镇, exactly as registered). */
    public boolean isKnownTownship(String township) {
        return fieldWork.isKnownTownship(township);
    }

    public RecordAddressComplaint command(String source, String contact, String content, String address, String township,
                                          LocalDate receivedOn) {
        String place = township.strip();
        String officer = ComplaintOfficerPolicy.officerFor(place, patrol.complaintOfficers(), fieldWork.officersIn(place))
                .orElse(null);
        LocalDate numberedOn = receivedOn != null ? receivedOn : LocalDate.now(clock);
        return new RecordAddressComplaint(ComplaintNumbers.next(numberedOn, random), source, contact, content, address,
                place, receivedOn, officer);
    }
}
