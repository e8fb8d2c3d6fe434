package org.parcelwatch.api.application.forms;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed: no NUL, no other C0 control, no DEL, no C1 control, no lone surrogate and neither
 * U+FFFE nor U+FFFF, anywhere; tab and line breaks only where {@link #multiLine()} allows them (remarks, findings,
 * reasons). The characters are monitoring-core's {@code TypedText}, which the printed documents use too. Every text field of
 * the request forms carries it, so the API and the import refuse such text alike, naming the field
 * ({@code VALIDATION_FAILED}). PostgreSQL cannot store a NUL in a text column: one that reached an event stopped a
 * projection (issue 19).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR, ElementType.PARAMETER,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** Whether tab, line feed and carriage return are allowed: free text of several lines. */
    boolean multiLine() default false;

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
