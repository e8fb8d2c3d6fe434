package org.parcelwatch.api.application.notice;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.parcelwatch.api.store.jdbc.CountyBureauStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Which bureau issues and seals a parcel's notices: the bureau its county's seed file named (kept by the import), else
 * the configured {@code parcelwatch.bureau.name}, the bureau this installation serves. None at all leaves the seal line
 * without a name, to be filled by the seal itself, rather than print another county's.
 */
@Service
public class IssuingBureaus {

    private final CountyBureauStore store;
    private final String configured;

    public IssuingBureaus(CountyBureauStore store, @Value("${parcelwatch.bureau.name:}") String configured) {
        this.store = store;
        this.configured = configured == null ? "" : configured.strip();
    }

    /** The bureau of the county with this district code (the first six digits of a parcel's supervision number). */
    public String forDistrict(String districtCode) {
        if (districtCode != null && !districtCode.isBlank()) {
            var stored = store.find(districtCode.strip());
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return configured;
    }

    /** The bureau of the parcel with this supervision number (电子监管号, its county's district code first). */
    public String forParcel(String parcelId) {
        return forDistrict(parcelId == null || parcelId.length() < 6 ? null : parcelId.substring(0, 6));
    }

    /**
     * The bureaus that publish a list of these parcels (the idle-land disclosure): each county's own, once, in the
     * order of the parcels; an empty list is published by the configured bureau. Blank names are left out, so a list
     * of parcels nobody named a bureau for is sealed unnamed.
     */
    public List<String> forParcels(Collection<String> parcelIds) {
        java.util.LinkedHashSet<String> names = new LinkedHashSet<>();
        if (parcelIds == null || parcelIds.isEmpty()) {
            names.add(configured);
        } else {
            parcelIds.forEach(id -> names.add(forParcel(id)));
        }
        names.removeIf(String::isBlank);
        return List.copyOf(names);
    }

    /** Records the bureau a seed file names for its county; a blank name or code records nothing. */
    public void record(String districtCode, String bureauName) {
        if (districtCode != null && !districtCode.isBlank() && bureauName != null && !bureauName.isBlank()) {
            store.save(districtCode.strip(), bureauName.strip());
        }
    }
}
