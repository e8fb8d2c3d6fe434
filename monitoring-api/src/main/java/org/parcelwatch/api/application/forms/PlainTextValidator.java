package org.parcelwatch.api.application.forms;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

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
            char c = text.charAt(i);
            position++;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            String refused = refused(c);
            if (refused != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                        (multiLine ? "must not contain control characters other than tab and line breaks"
                                : "must not contain control characters, tab or line breaks")
                                + " (" + refused + " at position " + position + ")")
                       .addConstraintViolation();
                return false;
            }
        }
        return true;
    }

    /** How the message names a refused character, or null for one that is allowed here. */
    private String refused(char c) {
        boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
        if ((c < 0x20 && !(multiLine && lineBreakOrTab)) || (c >= 0x7F && c <= 0x9F)) {
            return String.format("U+%04X", (int) c);
        }
        if (Character.isSurrogate(c)) {
            return String.format("lone surrogate U+%04X", (int) c);
        }
        return null;
    }
}
