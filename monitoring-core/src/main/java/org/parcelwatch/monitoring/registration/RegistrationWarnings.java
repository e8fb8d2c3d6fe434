package org.parcelwatch.monitoring.registration;

import java.util.ArrayList;
import java.util.List;

/**
 * The policy warnings a registration keeps (DESIGN §6.3): the payment schedule's ({@link PaymentSchedulePolicy}), then
 * the land user's record ({@link LandUserRecordPolicy}, on the defaults the command was sent with).
 */
public final class RegistrationWarnings {

    private RegistrationWarnings() {
    }

    public static List<String> of(RegisterParcel contract) {
        List<String> warnings = new ArrayList<>(PaymentSchedulePolicy.warnings(contract));
        warnings.addAll(LandUserRecordPolicy.warnings(contract.landUserDefaults()));
        return List.copyOf(warnings);
    }
}
