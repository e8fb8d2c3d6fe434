package org.parcelwatch.monitoring.registration;

import java.util.regex.Pattern;

/**
 * The electronic supervision number (电子监管号) that identifies a parcel: 6-digit county code,
 * 4-digit year, the letter B, a 5-digit serial — e.g. {@code 1305302024B00017}.
 */
public final class SupervisionNumber {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}(19|20)\\d{2}B\\d{5}");

    private SupervisionNumber() {
    }

    public static boolean isValid(String parcelId) {
        return parcelId != null && FORMAT.matcher(parcelId).matches();
    }

    public static String countyCode(String parcelId) {
        return parcelId.substring(0, 6);
    }
}
