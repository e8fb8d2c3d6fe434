package org.parcelwatch.api.application.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.parcelwatch.api.application.forms.StrictJson;

/**
 * The JSON settings of seed files: the request bodies' strictness ({@link StrictJson}: no key twice, no coerced
 * number or date, UTF-8 and Unicode only), exact decimals, and no silently ignored (misspelt) field.
 */
final class SeedJson {

    static final ObjectMapper STRICT = StrictJson.configure(new ObjectMapper().registerModule(new JavaTimeModule()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // 26800.00 stays 26800.00 (not 2.68E+4) on its way through a JSON tree
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private SeedJson() {
    }
}
