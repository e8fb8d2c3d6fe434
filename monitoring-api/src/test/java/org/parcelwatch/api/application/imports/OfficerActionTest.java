package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.patrol.AssignLandOfficer;

/** A seed file assigns a parcel's land officer as the desk does (PUT /parcels/{id}/officer), on the day it names. */
class OfficerActionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOfficerActionBecomesTheAssignmentOnItsDay() throws Exception {
        SeedAction.Parsed parsed = SeedAction.read("county.json", 0, "1305302024B00017", 0,
                JSON.readTree("{\"action\": \"officer\", \"officer\": \"patrol\", \"on\": \"2024-02-10\"}"));
        assertThat(parsed.problem()).isNull();
        assertThat(parsed.action().command()).isEqualTo(new AssignLandOfficer("1305302024B00017", "patrol"));
        assertThat(parsed.action().day()).hasToString("2024-02-10");
    }

    @Test
    void anOfficerActionNeedsItsDay() throws Exception {
        SeedAction.Parsed parsed = SeedAction.read("county.json", 0, "1305302024B00017", 0,
                JSON.readTree("{\"action\": \"officer\", \"officer\": \"patrol\"}"));
        assertThat(parsed.action()).isNull();
        assertThat(parsed.problem().toString()).contains("needs \"on\"");
    }
}
