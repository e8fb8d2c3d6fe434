package org.parcelwatch.monitoring;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The one JSON shape of everything Parcelwatch stores: events, metadata and aggregate snapshots.
 * Field visibility (not getters) so that the aggregate's state can be snapshotted without exposing
 * accessors; dates as ISO strings so that an auditor can read a payload without a decoder.
 */
public final class ParcelwatchJson {

    private ParcelwatchJson() {
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule("parcelwatch-iso-dates").addDeserializer(LocalDate.class, new IsoDates()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
    }

    /**
     * Dates as stored ({@code 2026-03-01}) read without a {@code DateTimeFormatter}: a parcel file holds dozens of
     * dates, every detail read and every stream read parses them, and the formatter's general parse was a fifth of
     * reading a parcel file. Anything else (other shapes, an impossible day, numbers, arrays) goes to the standard
     * deserializer, which reads or refuses it as before.
     */
    static final class IsoDates extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        IsoDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                LocalDate date = parse(parser.getText());
                if (date != null) {
                    return date;
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        }

        /** {@code yyyy-MM-dd} exactly, else null. */
        static LocalDate parse(String text) {
            return text.length() == 10 ? IsoText.date(text, 0) : null;
        }
    }
}
