package org.parcelwatch.monitoring.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LandUseTest {

    @Test
    void knowsTheTwelveFirstLevelClassesWithTheirChineseNames() {
        assertThat(LandUse.ALL.stream().filter(u -> u.code().length() == 2).map(LandUse::code))
                .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12");
        assertThat(LandUse.of("0601").orElseThrow().name()).isEqualTo("工业用地");
        assertThat(LandUse.of("0701").orElseThrow().name()).isEqualTo("城镇住宅用地");
        assertThat(LandUse.of("05").orElseThrow().name()).isEqualTo("商服用地");
        assertThat(LandUse.of("0803").orElseThrow().name()).isEqualTo("教育用地");
    }

    @Test
    void everyCodeIsListedOnceAndBelongsToItsFirstLevelClass() {
        Set<String> codes = new HashSet<>();
        for (LandUse use : LandUse.ALL) {
            assertThat(codes.add(use.code())).as(use.code()).isTrue();
            assertThat(use.code()).matches("\\d{2}|\\d{4}");
            assertThat(codes).contains(use.code().substring(0, 2));
        }
    }

    @Test
    void theMaximumTermIsThatOfArticle12() {
        assertThat(LandUse.of("0701").orElseThrow().maxTermYears()).isEqualTo(70);
        assertThat(LandUse.of("07").orElseThrow().maxTermYears()).isEqualTo(70);
        assertThat(LandUse.of("0601").orElseThrow().maxTermYears()).isEqualTo(50);
        assertThat(LandUse.of("0604").orElseThrow().maxTermYears()).isEqualTo(50);
        assertThat(LandUse.of("0803").orElseThrow().maxTermYears()).isEqualTo(50);
        assertThat(LandUse.of("0808").orElseThrow().maxTermYears()).isEqualTo(50);
        assertThat(LandUse.of("05").orElseThrow().maxTermYears()).isEqualTo(40);
        assertThat(LandUse.of("0504").orElseThrow().maxTermYears()).isEqualTo(40);
        assertThat(LandUse.of("0506").orElseThrow().maxTermYears()).isEqualTo(40);
        assertThat(LandUse.of("0809").orElseThrow().maxTermYears()).isEqualTo(50);
        assertThat(LandUse.of("12").orElseThrow().maxTermYears()).isEqualTo(50);
    }

    @Test
    void theNamesStoredBeforeTheCodesReadAsTheirCodes() {
        assertThat(LandUse.of("INDUSTRIAL").orElseThrow().code()).isEqualTo("0601");
        assertThat(LandUse.of("WAREHOUSE").orElseThrow().code()).isEqualTo("0604");
        assertThat(LandUse.of("COMMERCIAL").orElseThrow().code()).isEqualTo("05");
        assertThat(LandUse.of("RESIDENTIAL").orElseThrow().code()).isEqualTo("0701");
        assertThat(LandUse.of("PUBLIC_SERVICE").orElseThrow().code()).isEqualTo("08");
        assertThat(LandUse.of("PUBLIC_UTILITY").orElseThrow().code()).isEqualTo("0809");
        assertThat(LandUse.LEGACY_NAMES.values()).allSatisfy(code -> assertThat(LandUse.of(code)).isPresent());
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(LandUse.of("9999")).isEmpty();
        assertThat(LandUse.of("0511")).isEmpty();
        assertThat(LandUse.of("industrial use")).isEmpty();
        assertThat(LandUse.of("")).isEmpty();
        assertThat(LandUse.of(null)).isEmpty();
    }
}
