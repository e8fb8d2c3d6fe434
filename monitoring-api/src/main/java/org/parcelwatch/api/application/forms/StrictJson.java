package org.parcelwatch.api.application.forms;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How request bodies and import files are read (the forms of this package are both): a body means one thing or is
 * refused, never guessed at. The REST API's mapper (Spring MVC's, through the customizer below) and the import's
 * ({@code SeedJson}) are both configured by {@link #configure}, so a record the API refuses is refused by the import
 * too. What it refuses, each a failure of the read (400 {@code MALFORMED_REQUEST} over HTTP):
 *
 * <ul>
 *   <li>a key given twice (which value would count?) and anything after the document;</li>
 *   <li>a number sent as a string, a fraction for a whole number, a number, string or yes/no where the other is due,
 *       a number for one of a list of choices (Jackson would take it as the choice's position);</li>
 *   <li>a date that is not a string {@code YYYY-MM-DD}: a number (days since 1970), a list of numbers, a date-time,
 *       a year of more than four digits;</li>
 *   <li>text that is not Unicode: a lone surrogate ({@code "\ud800"}), bytes that are not well-formed UTF-8
 *       ({@link WellFormedUtf8}).</li>
 * </ul>
 * Unknown fields stay as each mapper has them (ignored by the API, refused by the import); the stored events are read by
 * their own lenient mapper, so that old events keep reading.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Spring MVC's mapper, after Spring Boot has registered its modules (so these deserializers come first). */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder.postConfigurer(StrictJson::configure);
    }

    /** Makes {@code mapper} strict, as the class says; register the Java time module first. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float);
        mapper.registerModule(new SimpleModule("parcelwatch-strict-json")
                .addDeserializer(String.class, new UnicodeText())
                .addDeserializer(LocalDate.class, new IsoDate()));
        mapper.getFactory().setInputDecorator(new WellFormedUtf8());
        return mapper;
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        var coercion = mapper.coercionConfigFor(target);
        for (CoercionInputShape shape : shapes) {
            coercion.setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Whether {@code text} is Unicode: every surrogate is half of a pair, in order. */
    static boolean isUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text as Jackson reads it, refused when a {@code \}{@code u} escape leaves half a surrogate pair: no font shows
     * it, and no UTF-8 column or file can hold it. The value is not repeated in the answer.
     */
    static final class UnicodeText extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = super.deserialize(p, context);
            if (text != null && !isUnicode(text)) {
                return context.reportInputMismatch(this, "text with a lone surrogate (\\ud800-\\udfff) is not Unicode");
            }
            return text;
        }
    }

    /** A date is the string {@code YYYY-MM-DD} (DESIGN §4) and a real calendar day, nothing Jackson could turn into one. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException notADay) {
                    // 2024-02-30: answered below, as any other string that is no date
                }
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "expected a date YYYY-MM-DD");
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
