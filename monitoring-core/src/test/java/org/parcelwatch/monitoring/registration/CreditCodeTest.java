package org.parcelwatch.monitoring.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void theSampleLandUsersCodeIsValid() {
        assertThat(CreditCode.isValid("91130530MA0CX0XU3B")).isTrue();
    }

    @Test
    void aWrongCheckCharacterIsInvalid() {
        assertThat(CreditCode.isValid("91130530MA0CX0XU3F")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91350100M000100Y43"})
    void publishedCodesOfRealCompaniesAreValid(String code) {
        // Huawei Technologies, Tencent (Shenzhen) and the GB 32100 textbook example: checks the weights.
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void onlyOneCheckCharacterOfTheAlphabetFitsTheBody() {
        String body = "91130530MA0CX0XU3";
        assertThat(ALPHABET.chars().filter(ch -> CreditCode.isValid(body + (char) ch)).count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91130530MA0CX0XU3", "91130530MA0CX0XU3BB", "91130530MA0CX0XU3B "})
    void wrongLengthIsInvalid(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void aForbiddenLetterInTheBodyMakesEveryCheckCharacterInvalid(char forbidden) {
        // 'A' at index 9 replaced by a letter outside the 31-character alphabet
        String body = "91130530M" + forbidden + "0CX0XU3";
        assertThat(body).hasSize(17);
        assertThat(ALPHABET.chars().noneMatch(ch -> CreditCode.isValid(body + (char) ch))).isTrue();
        assertThatThrownBy(() -> CreditCode.checkCharacter(body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + forbidden + "'");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void aForbiddenLetterAsCheckCharacterIsInvalid(char forbidden) {
        assertThat(CreditCode.isValid("91130530MA0CX0XU3" + forbidden)).isFalse();
    }

    @Test
    void lowerCaseIsInvalid() {
        assertThat(CreditCode.isValid("91130530ma0cx0xu3b")).isFalse();
        assertThat(CreditCode.isValid("91130530MA0CX0XU3b")).isFalse();
    }

    @Test
    void nullIsInvalid() {
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void checkCharacterOfTheSampleBodyIsB() {
        assertThat(CreditCode.checkCharacter("91130530MA0CX0XU3")).isEqualTo('B');
        assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(CreditCode.checkCharacter("9144030071526726X")).isEqualTo('G');
    }

    @Test
    void checkCharacterCanBeZero() {
        // weighted sum a multiple of 31: check value 31 is written as '0'
        String body = "00000000000000000";
        assertThat(CreditCode.checkCharacter(body)).isEqualTo('0');
        assertThat(CreditCode.isValid(body + "0")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91130530MA0CX0XU3", "12345678901234567", "Y1WXUTRQPNMLKJHGF", "00000000000000001",
            "91110108MA01ABCDE", "5213000050000000X"})
    void checkCharacterRoundTripsThroughIsValid(String body) {
        char check = CreditCode.checkCharacter(body);
        assertThat(ALPHABET.indexOf(check)).isNotNegative();
        assertThat(CreditCode.isValid(body + check)).isTrue();
        char other = ALPHABET.charAt((ALPHABET.indexOf(check) + 1) % ALPHABET.length());
        assertThat(CreditCode.isValid(body + other)).isFalse();
    }

    @Test
    void checkCharacterNeedsSeventeenCharacters() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("91130530MA0CX0XU")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter("91130530MA0CX0XU3B")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
