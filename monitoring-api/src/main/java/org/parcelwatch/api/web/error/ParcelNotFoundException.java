package org.parcelwatch.api.web.error;

/** A parcel the read side does not know (yet: projections follow the event store within moments). */
public class ParcelNotFoundException extends RuntimeException {

    public ParcelNotFoundException(String parcelId) {
        super("No parcel " + parcelId + " is registered");
    }
}
