package org.parcelwatch.monitoring.registration;

import java.util.List;
import java.util.stream.Collectors;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.parcel.RuleCode;

/**
 * 国土资发〔2010〕34号: a land user in default (land price in arrears, land idle for its own cause, contract
 * terminated, land recovered) is barred from new bids. The bureau decides, so a new supply to such a land user is
 * registered with a warning, as the payment-schedule warnings are: a {@link Rule} whose refusal is kept, not thrown.
 *
 * <p>The defaults lie on other parcels, which the aggregate cannot see: the application looks them up on the read
 * side when the registration is sent and passes them in the command ({@code RegisterParcel.landUserDefaults}), so the
 * warning, with what it was based on, is recorded in the parcel's {@code ParcelRegistered} and covered by its hash.
 */
public final class LandUserRecordPolicy {

    private LandUserRecordPolicy() {
    }

    public static final Rule<List<LandUserDefault>> LAND_USER_IN_DEFAULT = defaults -> Refusal.when(!defaults.isEmpty(),
            RuleCode.RULE_VIOLATION, "LAND_USER_IN_DEFAULT: the land user has open defaults (国土资发〔2010〕34号): "
                    + defaults.stream().map(LandUserDefault::describe).collect(Collectors.joining("; ")));

    /** The warnings to keep with the registration, each "CODE: explanation". */
    public static List<String> warnings(List<LandUserDefault> defaults) {
        return Rule.allRefusals(List.of(LAND_USER_IN_DEFAULT), defaults).stream().map(Refusal::reason).toList();
    }
}
