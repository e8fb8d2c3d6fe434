package org.parcelwatch.api.application.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 check agrees with Java's own strict decoder (which follows Unicode's table 3-7) on every code point and on
 * random bytes, whether the parser reads byte by byte or in blocks that split characters.
 */
class WellFormedUtf8Test {

    @Test
    void everyCodePointPasses() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                all.appendCodePoint(c);
            }
        }
        byte[] utf8 = all.toString().getBytes(StandardCharsets.UTF_8);
        assertThatCode(() -> readInBlocks(utf8, 7)).doesNotThrowAnyException();
    }

    @Test
    void randomBytesAreJudgedAsJavasStrictDecoderJudgesThem() throws IOException {
        Random random = new Random(19);
        int refused = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            random.nextBytes(bytes);
            if (random.nextBoolean()) {
                bytes[0] = (byte) (0xC0 + random.nextInt(0x40));
            }
            boolean wellFormed = decodes(bytes);
            assertThat(passes(bytes, 1)).as(hex(bytes)).isEqualTo(wellFormed);
            assertThat(passes(bytes, 2)).as(hex(bytes)).isEqualTo(wellFormed);
            refused += wellFormed ? 0 : 1;
        }
        assertThat(refused).as("refused and passed both occur").isBetween(1000, 19_000);
    }

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                  .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean passes(byte[] bytes, int block) throws IOException {
        try {
            readInBlocks(bytes, block);
            return true;
        } catch (WellFormedUtf8.NotUtf8Exception e) {
            return false;
        }
    }

    private static void readInBlocks(byte[] bytes, int block) throws IOException {
        try (InputStream in = new WellFormedUtf8().decorate(null, new ByteArrayInputStream(bytes))) {
            if (block == 1) {
                while (in.read() >= 0) {
                    // each byte checked on its own
                }
            } else {
                byte[] buffer = new byte[block];
                while (in.read(buffer, 0, block) >= 0) {
                    // blocks that split characters
                }
            }
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X ", b));
        }
        return text.toString().trim();
    }
}
