package org.parcelwatch.api.web.error;

/** A credit code that no registered parcel names (or none projected yet: the read side follows within moments). */
public class LandUserNotFoundException extends RuntimeException {

    public LandUserNotFoundException(String creditCode) {
        super("No parcel is registered to the land user " + creditCode);
    }
}
