package org.parcelwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParcelwatchJsonTest {

    private final ObjectMapper json = ParcelwatchJson.objectMapper();

    record Dated(LocalDate on) {
    }

    @Test
    void storedDatesReadAsTheStandardParserReadsThem() throws Exception {
        for (String day : new String[] {"2026-03-01", "2024-02-29", "0001-01-01", "9999-12-31", "2026-12-31"}) {
            assertThat(json.readValue("{\"on\":\"" + day + "\"}", Dated.class).on()).isEqualTo(LocalDate.parse(day));
        }
        assertThat(json.readValue("{\"on\":null}", Dated.class).on()).isNull();
    }

    @Test
    void otherShapesGoToTheStandardDeserializer() throws Exception {
        // an array, as Jackson's own timestamps write dates, still reads
        assertThat(json.readValue("{\"on\":[2026,3,1]}", Dated.class).on()).isEqualTo(LocalDate.of(2026, 3, 1));
        // an impossible day or another shape is refused as before, not read as some other day
        assertThatThrownBy(() -> json.readValue("{\"on\":\"2026-02-30\"}", Dated.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue("{\"on\":\"2026-3-01x\"}", Dated.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue("{\"on\":\"+2026-03-1\"}", Dated.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void datesAreWrittenAsBefore() throws Exception {
        assertThat(json.writeValueAsString(new Dated(LocalDate.of(2026, 3, 1)))).isEqualTo("{\"on\":\"2026-03-01\"}");
        assertThat(json.readValue(json.writeValueAsString(new Dated(LocalDate.of(2026, 3, 1))), Dated.class).on())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
