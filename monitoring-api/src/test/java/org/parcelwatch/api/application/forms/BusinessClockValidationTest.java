package org.parcelwatch.api.application.forms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** "Not after today" in a request means the business today, wherever the business clock stands. */
class BusinessClockValidationTest {

    @Test
    void pastOrPresentFollowsTheBusinessClock() {
        Clock in2030 = Clock.fixed(Instant.parse("2030-06-30T20:00:00Z"), ZoneId.of("Asia/Shanghai")); // 2030-07-01 there
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("businessClock", in2030);
        var configuration = Validation.byDefaultProvider().configure();
        new BusinessClockValidation().businessClockForValidation(beans.getBeanProvider(Clock.class)).customize(configuration);
        Validator validator = configuration.buildValidatorFactory().getValidator();

        assertThat(validator.validate(payment(LocalDate.of(2030, 7, 1)))).isEmpty();
        Set<ConstraintViolation<PaymentRequest>> tomorrow = validator.validate(payment(LocalDate.of(2030, 7, 2)));
        assertThat(tomorrow).extracting(v -> v.getPropertyPath().toString()).containsExactly("paidOn");
    }

    private static PaymentRequest payment(LocalDate paidOn) {
        return new PaymentRequest(new BigDecimal("10.00"), paidOn, "R-1");
    }
}
