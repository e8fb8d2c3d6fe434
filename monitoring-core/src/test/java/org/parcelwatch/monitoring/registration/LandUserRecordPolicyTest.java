package org.parcelwatch.monitoring.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.registration.LandUserDefault.Kind;

class LandUserRecordPolicyTest {

    @Test
    void aLandUserWithoutOpenDefaultsDrawsNoWarning() {
        assertThat(LandUserRecordPolicy.warnings(List.of())).isEmpty();
    }

    @Test
    void theWarningNamesEachParcelAndWhatIsOpenOnIt() {
        List<LandUserDefault> defaults = List.of(
                new LandUserDefault("1305302024B00402", Kind.OVERDUE_LAND_PRICE, new BigDecimal("6172839.00"),
                        "1305302024B00402-CJ-01", LocalDate.parse("2024-03-02")),
                new LandUserDefault("1305302024B00402", Kind.IDLE_FOR_OWN_CAUSE, null, "ZX-XZRD-1", LocalDate.parse("2025-11-20")),
                new LandUserDefault("1305302024B00405", Kind.CONTRACT_TERMINATED, null, "JC-1", LocalDate.parse("2024-06-10")));

        assertThat(LandUserRecordPolicy.warnings(defaults)).containsExactly("LAND_USER_IN_DEFAULT: the land user has open"
                + " defaults (国土资发〔2010〕34号): 1305302024B00402 overdue land price 6172839.00 since 2024-03-02"
                + " (1305302024B00402-CJ-01); 1305302024B00402 idle land for its own cause since 2025-11-20 (ZX-XZRD-1);"
                + " 1305302024B00405 contract terminated since 2024-06-10 (JC-1)");
    }
}
