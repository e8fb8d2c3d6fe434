package org.parcelwatch.api.application.landuser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.projections.landuser.LandUserDefaultRows;
import org.parcelwatch.projections.landuser.LandUserRecordQueries;
import org.springframework.stereotype.Service;

/**
 * The land user's record at registration (DESIGN §6.3): before a registration is sent, the land user's open defaults
 * on its other parcels are looked up on the read side and put into the command, where the aggregate turns them into
 * the {@code LAND_USER_IN_DEFAULT} warning of its {@code ParcelRegistered}. The defaults lie on other aggregates, so the
 * aggregate cannot find them itself; passed in the command, the warning and what it names are recorded with the
 * parcel's first event, covered by its hash and shown in its history. Both paths that register parcels, the desk's
 * {@code POST /parcels} and the import, go through here.
 *
 * <p>The record is read as projected: a default that arose in the last moments (the read side follows within moments)
 * may not be named yet. An import is not at the mercy of that: it passes the parcels it has folded itself, which take
 * the place of their projected rows.
 */
@Service
public class LandUserRecordCheck {

    private final LandUserRecordQueries records;

    public LandUserRecordCheck(LandUserRecordQueries records) {
        this.records = records;
    }

    /** The registration with the open defaults the land user's record holds. */
    public RegisterParcel withOpenDefaults(RegisterParcel registration) {
        return withOpenDefaults(registration, Map.of());
    }

    /**
     * The registration with the land user's open defaults, those of the parcels in {@code folded} (by parcel id) read
     * off these folds instead of the record. A registration whose credit code is malformed is returned as it is: the
     * aggregate refuses it.
     */
    public RegisterParcel withOpenDefaults(RegisterParcel registration, Map<String, ParcelState> folded) {
        String creditCode = registration.creditCode();
        if (!CreditCode.isValid(creditCode)) {
            return registration;
        }
        List<LandUserDefault> defaults = new ArrayList<>(records.openDefaults(creditCode).stream()
                .filter(d -> !folded.containsKey(d.parcelId())).toList());
        folded.values().stream()
                .filter(state -> state.contract() != null && state.contract().landUser() != null
                        && Objects.equals(creditCode, state.contract().landUser().creditCode()))
                .forEach(state -> defaults.addAll(LandUserDefaultRows.of(state)));
        defaults.sort(Comparator.comparing(LandUserDefault::parcelId).thenComparing(LandUserDefault::kind));
        return defaults.isEmpty() ? registration : registration.withLandUserDefaults(defaults);
    }
}
