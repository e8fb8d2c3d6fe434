package org.parcelwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which characters a person could have typed, and how text with others is printed. */
class TypedTextTest {

    @Test
    void controlsDelC1NoncharactersAndLoneSurrogatesAreRefusedAndLettersOfEveryPlaneAreNot() {
        String text = "a\0b\u0001c\u007Fd\u0085e\uFFFEf\uFFFFg\uD800h\uDC00i𠀀j新";
        StringBuilder refused = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            refused.append(TypedText.refused(text, i, true) ? 'x' : '.');
        }
        // the pair 𠀀 (U+20000) is two chars, both typed
        assertThat(refused.toString()).isEqualTo(".x.x.x.x.x.x.x.x.....");
    }

    @Test
    void tabAndLineBreaksOnlyInTextOfSeveralLines() {
        for (String c : new String[] {"\t", "\n", "\r"}) {
            assertThat(TypedText.refused(c, 0, true)).as("multi-line " + (int) c.charAt(0)).isFalse();
            assertThat(TypedText.refused(c, 0, false)).as("single line " + (int) c.charAt(0)).isTrue();
        }
    }

    @Test
    void printedEachRefusedCharacterBecomesTheStandIn() {
        assertThat(TypedText.printable("新河\u0001轴承\0厂\n二期\uD800", true, TypedText.REPLACEMENT))
                .isEqualTo("新河\uFFFD轴承\uFFFD厂\n二期\uFFFD");
        assertThat(TypedText.printable("desk\r\nadmin", false, '?')).isEqualTo("desk??admin");
        String clean = "新河轴承厂 𠀀";
        assertThat(TypedText.printable(clean, false, '?')).isSameAs(clean);
    }
}
