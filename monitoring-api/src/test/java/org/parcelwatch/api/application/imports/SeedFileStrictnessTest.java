package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.SampleParcels;

/**
 * An import file is read as strictly as a request body (issue 19, item 5), without Spring: what makes the whole file
 * unreadable (a key given twice, text after it, bytes that are not UTF-8) refuses the file; what only one record gets
 * wrong (a number sent as a string, a date as a number, a lone surrogate) refuses that record, and the rest loads.
 */
class SeedFileStrictnessTest {

    private static final String PAYMENT = "{\"action\": \"payment\", \"amount\": 6172839.00, \"paidOn\": \"2024-02-20\","
            + " \"receiptNo\": \"PJ-1\"}";

    /** A seed file of one good record and one record changed by {@code change}. */
    private static String file(String changedRecord) {
        return "{\"records\": [" + record(SampleParcels.nextParcelId(), PAYMENT) + ", " + changedRecord + "]}";
    }

    private static String record(String parcelId, String action) {
        String registration = SampleParcels.registrationJson(parcelId);
        return registration.substring(0, registration.lastIndexOf('}')) + ", \"actions\": [" + action + "]}";
    }

    @Test
    void aCleanFileReadsWithoutRefusals() {
        SeedFile seeds = SeedFile.parse("clean", file(record(SampleParcels.nextParcelId(), PAYMENT)).getBytes(StandardCharsets.UTF_8));
        assertThat(seeds.malformed()).isEmpty();
        assertThat(seeds.records()).hasSize(2);
        assertThat(seeds.records().get(1).actions()).hasSize(1);
    }

    @Test
    void whatMakesTheFileUnreadableRefusesTheFile() {
        String good = file(record(SampleParcels.nextParcelId(), PAYMENT));
        assertUnreadable(good.replaceFirst("\\{", "{\"records\": [], "));
        assertUnreadable(good.replace("\"termYears\": 50", "\"termYears\": 50, \"termYears\": 40"));
        assertUnreadable(good + " {}");
        byte[] utf8 = good.getBytes(StandardCharsets.UTF_8);
        int at = good.indexOf("Xinhe bearing plant") + "Xinhe".length();
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}}) {
            ByteArrayOutputStream spliced = new ByteArrayOutputStream();
            spliced.write(utf8, 0, at);
            spliced.writeBytes(bad);
            spliced.write(utf8, at, utf8.length - at);
            assertThatThrownBy(() -> SeedFile.parse("bytes", spliced.toByteArray()))
                    .isInstanceOf(InvalidSeedFileException.class);
        }
    }

    @Test
    void whatOneRecordGetsWrongRefusesThatRecord() {
        String id = SampleParcels.nextParcelId();
        assertRecordRefused(record(id, PAYMENT).replace("\"termYears\": 50", "\"termYears\": \"50\""), null);
        assertRecordRefused(record(id, PAYMENT).replace("\"signedOn\": \"2024-02-01\"", "\"signedOn\": 19754"), null);
        assertRecordRefused(record(id, PAYMENT).replace("Xinhe bearing plant", "Xinhe \\ud800 plant"), null);
        assertRecordRefused(record(id, PAYMENT.replace("6172839.00", "\"6172839.00\"")), 0);
        assertRecordRefused(record(id, PAYMENT.replace("\"2024-02-20\"", "\"2024-02-20T09:00:00\"")), 0);
        assertRecordRefused(record(id, PAYMENT.replace("\"PJ-1\"", "1")), 0);
    }

    private static void assertUnreadable(String json) {
        assertThatThrownBy(() -> SeedFile.parse("broken", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidSeedFileException.class);
    }

    private static void assertRecordRefused(String changedRecord, Integer actionIndex) {
        SeedFile seeds = SeedFile.parse("one bad", file(changedRecord).getBytes(StandardCharsets.UTF_8));
        assertThat(seeds.malformed()).as(changedRecord).hasSize(1);
        ImportRefusal refusal = seeds.malformed().get(0);
        assertThat(refusal.code()).isEqualTo("MALFORMED_RECORD");
        assertThat(refusal.recordIndex()).isEqualTo(1);
        assertThat(refusal.actionIndex()).isEqualTo(actionIndex);
        assertThat(seeds.records().get(0).actions()).hasSize(1);
    }
}
