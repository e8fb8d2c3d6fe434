package org.parcelwatch.api.web.field;

import org.parcelwatch.api.application.complaint.AddressComplaintIntake;
import org.parcelwatch.api.application.forms.ComplaintRequest;
import org.parcelwatch.api.web.error.InvalidRequestException;
import org.parcelwatch.monitoring.complaint.RecordAddressComplaint;
import org.springframework.stereotype.Component;

/**
 * The command a complaint asks for, for the API and the workbench's form alike: a parcel's ({@code RecordComplaint}) or
 * an address's ({@link RecordAddressComplaint}, numbered and given an officer). Which one, and whether it has what that
 * kind needs, is decided here, before anything is sent: neither a parcel nor an address, a township beside a parcel,
 * an address without a township or in a township no parcel is registered in is {@link InvalidRequestException}.
 */
@Component
public class ComplaintCommands {

    private final AddressComplaintIntake addressComplaints;

    public ComplaintCommands(AddressComplaintIntake addressComplaints) {
        this.addressComplaints = addressComplaints;
    }

    public Object commandFor(ComplaintRequest body) {
        if (body.aboutParcel()) {
            if (body.township() != null && !body.township().isBlank()) {
                throw new InvalidRequestException("township", "a complaint about a parcel is in the parcel's township; "
                        + "give a township only with an address and no parcel");
            }
            return body.toCommand();
        }
        if (body.address() == null || body.address().isBlank()) {
            throw new InvalidRequestException("parcelId", "give the parcel complained about, or the address and its township");
        }
        if (body.township() == null || body.township().isBlank()) {
            throw new InvalidRequestException("township", "a complaint about an address names its township");
        }
        if (!addressComplaints.isKnownTownship(body.township().strip())) {
            throw new InvalidRequestException("township", "no parcel is registered in township " + body.township().strip());
        }
        return addressComplaints.command(body.source(), body.contact(), body.content(), body.address(), body.township(),
                body.receivedOn());
    }
}
