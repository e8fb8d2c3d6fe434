package org.parcelwatch.api.application.forms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text a user sends is printable (issue 19 item 1): NUL, the other C0 controls, DEL, the C1 controls and lone
 * surrogates are refused in every text field of the request forms (the REST bodies and the import's records), and
 * tab and line breaks only in the multi-line free-text fields. PostgreSQL cannot store a NUL in a text column, so one
 * such character once stopped a projection for good.
 */
class PlainTextTest {

    private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record OneLine(@PlainText String name) {
    }

    record Lines(@PlainText(multiLine = true) String remarks) {
    }

    record Refs(List<@PlainText String> refs) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F})
    void controlCharactersAreRefusedEverywhere(int codePoint) {
        String text = "X" + (char) codePoint + "Y";
        assertThat(messages(new OneLine(text))).singleElement().asString()
                .startsWith("name ").contains(String.format("U+%04X", codePoint)).contains("position 2");
        assertThat(messages(new Lines(text))).singleElement().asString().startsWith("remarks ");
        assertThat(messages(new Refs(List.of("ok", text)))).singleElement().asString().startsWith("refs[1]");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x09, 0x0A, 0x0D})
    void tabAndLineBreaksOnlyInMultiLineText(int codePoint) {
        String text = "first" + (char) codePoint + "second";
        assertThat(messages(new OneLine(text))).singleElement().asString().startsWith("name ");
        assertThat(messages(new Lines(text))).isEmpty();
    }

    @Test
    void loneSurrogatesAreRefused() {
        assertThat(messages(new OneLine("X\uD800Y"))).hasSize(1);
        assertThat(messages(new OneLine("X\uDC00"))).hasSize(1);
        assertThat(messages(new OneLine("X\uD800"))).hasSize(1);
        assertThat(messages(new Lines("\uDFFF"))).hasSize(1);
    }

    @Test
    void printableTextOfAnyScriptPasses() {
        // CJK, a supplementary character (a surrogate pair), punctuation, NBSP and a null field are all fine
        assertThat(messages(new OneLine("新河县轴承厂 𠀀 (phase II) — 100%\u00A0OK"))).isEmpty();
        assertThat(messages(new OneLine(null))).isEmpty();
        assertThat(messages(new Lines("第一行\r\n\tsecond line"))).isEmpty();
    }

    /**
     * Done once for all: every text field of every request form (and of the records they nest, and the text elements
     * of their lists) carries {@link PlainText}, so a field added later cannot forget it.
     */
    @Test
    void everyTextFieldOfTheFormsIsPlainText() throws IOException, URISyntaxException {
        List<String> missing = new ArrayList<>();
        List<Class<?>> forms = forms();
        assertThat(forms).contains(RegisterParcelRequest.class, NoticeDeliveryRequest.class, PatrolRequest.class);
        for (Class<?> form : forms) {
            check(form, missing);
        }
        assertThat(missing).as("text fields without @PlainText").isEmpty();
    }

    private static void check(Class<?> type, List<String> missing) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = type.getSimpleName() + "." + component.getName();
            if (component.getType() == String.class && component.getAnnotation(PlainText.class) == null
                    && component.getAccessor().getAnnotatedReturnType().getAnnotation(PlainText.class) == null
                    && !hasOnField(type, component)) {
                missing.add(name);
            }
            if (component.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
                for (AnnotatedType element : list.getAnnotatedActualTypeArguments()) {
                    if (element.getType() == String.class && element.getAnnotation(PlainText.class) == null) {
                        missing.add(name + "[]");
                    }
                }
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            check(nested, missing);
        }
    }

    private static boolean hasOnField(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).getAnnotation(PlainText.class) != null;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** The records of application/forms, read from the compiled classes next to this package's. */
    private static List<Class<?>> forms() throws IOException, URISyntaxException {
        Path folder = Path.of(RegisterParcelRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(RegisterParcelRequest.class.getPackageName().replace('.', '/'));
        List<Class<?>> forms = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    try {
                        Class<?> type = Class.forName(RegisterParcelRequest.class.getPackageName() + "."
                                + name.substring(0, name.length() - ".class".length()));
                        if (type.isRecord()) {
                            forms.add(type);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return forms;
    }

    private static List<String> messages(Object form) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(form);
        return violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).toList();
    }
}
