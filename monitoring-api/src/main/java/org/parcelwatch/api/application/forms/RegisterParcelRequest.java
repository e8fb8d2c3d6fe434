package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.registration.InstallmentTerm;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.monitoring.registration.LocationPoint;
import org.parcelwatch.monitoring.registration.PlotRatio;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * The registration body of DESIGN §4. Here only the shape is checked (required identifiers, lengths that fit
 * the ledger's columns, amounts that fit numeric(16,2)); the contract's own rules (credit-code checksum,
 * installments summing to the price, date order, missing terms listed all at once) belong to the aggregate,
 * which answers 400 INVALID_CONTRACT_TERMS.
 */
public record RegisterParcelRequest(
        @Schema(description = "电子监管号", example = ApiPatterns.PARCEL_ID_EXAMPLE)
        @NotBlank @Pattern(regexp = ApiPatterns.PARCEL_ID, message = ApiPatterns.PARCEL_ID_MESSAGE) @PlainText String parcelId,
        @Schema(example = "XH-CR-2024-017") @NotBlank @Size(max = 64) @PlainText String contractNo,
        @Schema(description = "宗地编号", example = "130530105017") @Size(max = 64) @PlainText String parcelCode,
        @Schema(example = "LISTING") @NotNull SupplyMethod supplyMethod,
        @Schema(example = "Xinhe bearing plant phase II") @Size(max = 200) @PlainText String projectName,
        @NotNull @Valid LandUserBody landUser,
        @Schema(example = "east of Xinhe Road") @Size(max = 200) @PlainText String location,
        @Schema(description = "乡镇", example = "Xinhe town") @Size(max = 100) @PlainText String township,
        @Schema(example = "130530") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") @PlainText String districtCode,
        @Schema(example = "26666.70") @Positive @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2) BigDecimal areaSqm,
        @Schema(example = "0601", description = "GB/T 21010-2017 land-use code (0601 工业用地, 0701 城镇住宅用地, 05 商服用地…); "
                + "the names used before the codes (INDUSTRIAL, WAREHOUSE, COMMERCIAL, RESIDENTIAL, PUBLIC_SERVICE, "
                + "PUBLIC_UTILITY) are read as their codes") @Size(max = 64) @PlainText String landUse,
        @Schema(example = "50", description = "years; at most the maximum of 暂行条例 Art. 12 for the land use (70 residential, "
                + "50 industrial, 40 commercial…), checked as INVALID_CONTRACT_TERMS") @Min(1) @Max(99) Integer termYears,
        @Schema(description = "成交价款, yuan; 0 for an allocation", example = "12345678.00")
        @PositiveOrZero @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2) BigDecimal totalPrice,
        @Schema(example = "2024-02-01") @PastOrPresent LocalDate signedOn,
        @Size(max = 120) List<@Valid @NotNull InstallmentBody> installments,
        @Schema(example = "2024-04-01") LocalDate agreedHandoverDate,
        @Schema(example = "2024-10-01") LocalDate agreedStartDate,
        @Schema(example = "2026-10-01") LocalDate agreedCompletionDate,
        @Valid PlotRatioBody plotRatio,
        @Schema(example = "40000.0") @Positive @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2)
        BigDecimal plannedFloorAreaSqm,
        @Schema(example = "80000000.00") @Positive @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2)
        BigDecimal totalInvestment,
        @Valid PenaltyRatesBody penaltyRates,
        @Schema(description = "宗地位置点, optional: patrol photos taken farther than parcelwatch.evidence.max-distance-m "
                + "from it flag the patrol for review") @Valid LocationPointBody locationPoint) {

    /** Decimal degrees and the datum they are in (WGS84: GPS; CGCS2000: the national maps). */
    public record LocationPointBody(
            @Schema(example = "114.5012345") @NotNull @DecimalMin("-180") @DecimalMax("180")
            @Digits(integer = 3, fraction = 7) BigDecimal longitude,
            @Schema(example = "37.0012345") @NotNull @DecimalMin("-90") @DecimalMax("90")
            @Digits(integer = 2, fraction = 7) BigDecimal latitude,
            @Schema(example = "CGCS2000") @NotNull LocationPoint.Datum datum) {
    }

    public record LandUserBody(
            @Schema(example = "Xinhe Bearing Co., Ltd.") @NotBlank @Size(max = 200) @PlainText String name,
            @Schema(description = "统一社会信用代码 (GB 32100-2015)", example = "91130530MA0CX0XU3B")
            @NotBlank @Size(max = 18) @PlainText String creditCode) {
    }

    public record InstallmentBody(
            @Schema(example = "2024-03-01") @NotNull LocalDate dueDate,
            @Schema(example = "6172839.00") @NotNull @Positive
            @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2) BigDecimal amount) {
    }

    public record PlotRatioBody(
            @Schema(example = "1.0") @PositiveOrZero @Digits(integer = 3, fraction = 4) BigDecimal min,
            @Schema(example = "2.0") @PositiveOrZero @Digits(integer = 3, fraction = 4) BigDecimal max) {
    }

    /** Daily fractions: 0.001 is 1‰ per day; an absent rate takes the bureau's default. */
    public record PenaltyRatesBody(
            @Schema(example = "0.001") @DecimalMin("0") @DecimalMax("0.01") @Digits(integer = 1, fraction = 6) BigDecimal latePaymentPerDay,
            @Schema(example = "0.0005") @DecimalMin("0") @DecimalMax("0.01") @Digits(integer = 1, fraction = 6) BigDecimal lateStartPerDay,
            @Schema(example = "0.0005") @DecimalMin("0") @DecimalMax("0.01") @Digits(integer = 1, fraction = 6) BigDecimal lateCompletionPerDay) {
    }

    public RegisterParcel toCommand() {
        return new RegisterParcel(
                parcelId, contractNo, parcelCode, supplyMethod, projectName,
                new LandUser(landUser.name(), landUser.creditCode()),
                location, township, districtCode, areaSqm, landUse, termYears, totalPrice, signedOn,
                installments == null ? List.of()
                        : installments.stream().map(i -> new InstallmentTerm(i.dueDate(), i.amount())).toList(),
                agreedHandoverDate, agreedStartDate, agreedCompletionDate,
                plotRatio == null ? null : new PlotRatio(plotRatio.min(), plotRatio.max()),
                plannedFloorAreaSqm, totalInvestment,
                penaltyRates == null ? null : new PenaltyRates(penaltyRates.latePaymentPerDay(),
                        penaltyRates.lateStartPerDay(), penaltyRates.lateCompletionPerDay()))
                .withLocationPoint(locationPoint == null ? null
                        : new LocationPoint(locationPoint.longitude(), locationPoint.latitude(), locationPoint.datum()));
    }
}
