package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The number of a complaint about an address: {@code TS-<day received>-<six characters>}, e.g.
 * {@code TS-20240602-7K3QXM}. The day makes it readable on the phone and sortable in a register; the random part
 * makes it unique without a counter every node would have to share (32⁶ ≈ 10⁹ a day), and its alphabet leaves out
 * 0/O and 1/I, which are misread when a number is dictated. A complaint about a parcel keeps its parcel's numbering
 * ({@code <parcel>-TS<n>}), so the two kinds never collide.
 */
public final class ComplaintNumbers {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** What {@link #next} gives: matched whole, it names an address complaint. */
    public static final Pattern ADDRESS_COMPLAINT = Pattern.compile("TS-\\d{8}-[2-9A-HJ-NP-Z]{6}");

    private ComplaintNumbers() {
    }

    public static String next(LocalDate receivedOn, RandomGenerator random) {
        StringBuilder id = new StringBuilder("TS-").append(receivedOn.format(DAY)).append('-');
        for (int i = 0; i < 6; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    public static boolean isAddressComplaint(String complaintId) {
        return complaintId != null && ADDRESS_COMPLAINT.matcher(complaintId).matches();
    }
}
