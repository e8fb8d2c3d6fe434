package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.payment.RecordPayment;

/** A payment of the land price as it arrived (出让金缴纳). */
public record PaymentRequest(
        @Schema(description = "yuan, at most two decimals", example = "6172839.00")
        @NotNull @Positive @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2) BigDecimal amount,
        @Schema(description = "the day the money arrived; not after today", example = "2024-03-01")
        @NotNull @PastOrPresent LocalDate paidOn,
        @Schema(description = "the receipt number, unique per parcel", example = "PJ-2024-0301")
        @NotBlank @Size(max = 64) @PlainText String receiptNo) {

    public RecordPayment toCommand(String parcelId) {
        return new RecordPayment(parcelId, amount, paidOn, receiptNo);
    }
}
