package org.parcelwatch.api.application.forms;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parcelwatch.monitoring.TypedText;

/** Checks {@link PlainText}; the message names the first character refused and its position (counted from 1). */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiLine;

    @Override
    public void initialize(PlainText annotation) {
        this.multiLine = annotation.multiLine();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        int position = 0;
        for (int i = 0; i < text.length(); i++) {
            position++;
            if (TypedText.refused(text, i, multiLine)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                        (multiLine ? "must not contain control characters other than tab and line breaks"
                                : "must not contain control characters, tab or line breaks")
                                + " (" + named(text.charAt(i)) + " at position " + position + ")")
                       .addConstraintViolation();
                return false;
            }
            if (Character.isHighSurrogate(text.charAt(i))) {
                i++; // a pair, one character
            }
        }
        return true;
    }

    /** How the message names a refused character. */
    private static String named(char c) {
        return Character.isSurrogate(c) ? String.format("lone surrogate U+%04X", (int) c) : String.format("U+%04X", (int) c);
    }
}
