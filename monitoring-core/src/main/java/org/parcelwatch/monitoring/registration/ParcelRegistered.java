package org.parcelwatch.monitoring.registration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.PenaltyRates;

/**
 * A supply was entered into supervision. Installments are numbered, the penalty rates resolved
 * against the defaults, and the payment-schedule policy warnings kept with the record.
 */
public record ParcelRegistered(
        String parcelId,
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
        List<Installment> installments,
        LocalDate agreedHandoverDate,
        LocalDate agreedStartDate,
        LocalDate agreedCompletionDate,
        PlotRatio plotRatio,
        BigDecimal plannedFloorAreaSqm,
        BigDecimal totalInvestment,
        PenaltyRates penaltyRates,
        List<String> policyWarnings,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocationPoint locationPoint) implements ParcelEvent {

    @JsonCreator
    public ParcelRegistered {
        installments = installments == null ? List.of() : List.copyOf(installments);
        policyWarnings = policyWarnings == null ? List.of() : List.copyOf(policyWarnings);
    }

    /** A registration without a location point. */
    public ParcelRegistered(String parcelId, String contractNo, String parcelCode, SupplyMethod supplyMethod,
                            String projectName, LandUser landUser, String location, String township, String districtCode,
                            BigDecimal areaSqm, String landUse, Integer termYears, BigDecimal totalPrice,
                            LocalDate signedOn, List<Installment> installments, LocalDate agreedHandoverDate,
                            LocalDate agreedStartDate, LocalDate agreedCompletionDate, PlotRatio plotRatio,
                            BigDecimal plannedFloorAreaSqm, BigDecimal totalInvestment, PenaltyRates penaltyRates,
                            List<String> policyWarnings) {
        this(parcelId, contractNo, parcelCode, supplyMethod, projectName, landUser, location, township, districtCode,
                areaSqm, landUse, termYears, totalPrice, signedOn, installments, agreedHandoverDate, agreedStartDate,
                agreedCompletionDate, plotRatio, plannedFloorAreaSqm, totalInvestment, penaltyRates, policyWarnings, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
