package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.parcelwatch.monitoring.parcel.PenaltyRates;

/**
 * Enter a supplied parcel: a grant contract (出让合同) or an allocation decision (划拨决定书).
 * {@code penaltyRates} may be null (or have null members): the bureau's defaults apply.
 */
public record RegisterParcel(
        @TargetAggregateIdentifier String parcelId,
        String contractNo,
        String parcelCode,
        SupplyMethod supplyMethod,
        String projectName,
        LandUser landUser,
        String location,
        String township,
        String districtCode,
        BigDecimal areaSqm,
        String landUse,
        Integer termYears,
        BigDecimal totalPrice,
        LocalDate signedOn,
        List<InstallmentTerm> installments,
        LocalDate agreedHandoverDate,
        LocalDate agreedStartDate,
        LocalDate agreedCompletionDate,
        PlotRatio plotRatio,
        BigDecimal plannedFloorAreaSqm,
        BigDecimal totalInvestment,
        PenaltyRates penaltyRates) {

    public RegisterParcel {
        installments = installments == null ? List.of() : List.copyOf(installments);
    }
}
