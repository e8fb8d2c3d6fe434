package org.parcelwatch.api.parcel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.registration.InstallmentTerm;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.monitoring.registration.PlotRatio;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * The registration body of DESIGN §4. Only the shape is checked here; the contract's own rules
 * (credit-code checksum, installments summing to the price, date order) belong to the aggregate.
 */
public record RegisterParcelRequest(
        @NotBlank String parcelId,
        @NotBlank String contractNo,
        String parcelCode,
        @NotNull SupplyMethod supplyMethod,
        String projectName,
        @NotNull @Valid LandUserBody landUser,
        String location,
        String township,
        String districtCode,
        BigDecimal areaSqm,
        String landUse,
        Integer termYears,
        BigDecimal totalPrice,
        LocalDate signedOn,
        List<@Valid @NotNull InstallmentBody> installments,
        LocalDate agreedHandoverDate,
        LocalDate agreedStartDate,
        LocalDate agreedCompletionDate,
        PlotRatioBody plotRatio,
        BigDecimal plannedFloorAreaSqm,
        BigDecimal totalInvestment,
        PenaltyRatesBody penaltyRates) {

    public record LandUserBody(@NotBlank String name, @NotBlank String creditCode) {
    }

    public record InstallmentBody(@NotNull LocalDate dueDate, @NotNull BigDecimal amount) {
    }

    public record PlotRatioBody(BigDecimal min, BigDecimal max) {
    }

    public record PenaltyRatesBody(BigDecimal latePaymentPerDay, BigDecimal lateStartPerDay,
                                   BigDecimal lateCompletionPerDay) {
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
                        penaltyRates.lateStartPerDay(), penaltyRates.lateCompletionPerDay()));
    }
}
