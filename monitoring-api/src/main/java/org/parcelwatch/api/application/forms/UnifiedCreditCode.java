package org.parcelwatch.api.application.forms;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.parcelwatch.monitoring.registration.CreditCode;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) in a path or query: its form, and its check character by
 * the registration's own rule ({@link CreditCode}), so a code the registration would refuse is refused here too.
 */
@Documented
@Constraint(validatedBy = UnifiedCreditCode.CheckCharacter.class)
@NotNull
@Pattern(regexp = ApiPatterns.CREDIT_CODE)
@ReportAsSingleViolation
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnifiedCreditCode {

    String message() default ApiPatterns.CREDIT_CODE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check character over the first seventeen; a missing code is {@link NotNull}'s to report. */
    class CheckCharacter implements ConstraintValidator<UnifiedCreditCode, String> {

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || CreditCode.isValid(code);
        }
    }
}
