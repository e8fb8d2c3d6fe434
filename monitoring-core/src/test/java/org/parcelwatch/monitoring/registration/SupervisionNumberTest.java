package org.parcelwatch.monitoring.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupervisionNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"1305302024B00017", "1100001999B00001", "6500002099B99999"})
    void wellFormedNumbersAreValid(String parcelId) {
        assertThat(SupervisionNumber.isValid(parcelId)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "1305302024B0001",     // serial of 4 digits
            "1305302024B000017",   // serial of 6 digits
            "130532024B00017",     // county of 5 digits
            "1305302024b00017",    // lower-case b
            "1305302024A00017",    // another letter
            "1305301824B00017",    // year 18xx
            "1305302124B00017",    // year 21xx
            "13053O2024B00017",    // letter O for a zero
            " 1305302024B00017",
            "1305302024B00017 ",
            "1305302024-B00017"})
    void malformedNumbersAreInvalid(String parcelId) {
        assertThat(SupervisionNumber.isValid(parcelId)).isFalse();
    }

    @Test
    void nullIsInvalid() {
        assertThat(SupervisionNumber.isValid(null)).isFalse();
    }

    @Test
    void countyCodeIsTheFirstSixDigits() {
        assertThat(SupervisionNumber.countyCode("1305302024B00017")).isEqualTo("130530");
        assertThat(SupervisionNumber.countyCode("1101052023B00420")).isEqualTo("110105");
    }
}
