package org.parcelwatch.monitoring.complaint;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Who investigates a complaint about an address (三（四）: the township's land office answers complaints on its ground).
 * The officer the county configured for the township comes first; otherwise the officer with the most parcels in the
 * township, who knows it best (equal counts: the first by name, so the choice does not depend on the order read);
 * otherwise nobody, and the desk's worklist shows the complaint until it names one.
 */
public final class ComplaintOfficerPolicy {

    private ComplaintOfficerPolicy() {
    }

    /**
     * @param configured       officer per township from the county's settings
     * @param parcelsByOfficer each officer with parcels in the township, with how many
     */
    public static Optional<String> officerFor(String township, Map<String, String> configured,
                                              Map<String, Long> parcelsByOfficer) {
        String named = configured.get(township);
        if (named != null && !named.isBlank()) {
            return Optional.of(named.strip());
        }
        return parcelsByOfficer.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null && e.getValue() > 0)
                .min(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }
}
