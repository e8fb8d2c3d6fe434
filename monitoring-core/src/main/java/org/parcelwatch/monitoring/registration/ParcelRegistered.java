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
 *
 * <p>{@code landUserDefaults} are the land user's open defaults the {@code LAND_USER_IN_DEFAULT} warning names, kept as
 * data beside its recorded text so that the workbench can write them in the reader's language. Registrations recorded
 * before 2026-12-01 have only the text; the field is left out of the stored JSON when empty, so those events (and
 * their hashes) read exactly as before.
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
        @JsonInclude(JsonInclude.Include.NON_NULL) LocationPoint locationPoint,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LandUserDefault> landUserDefaults) implements ParcelEvent {

    @JsonCreator
    public ParcelRegistered {
        installments = installments == null ? List.of() : List.copyOf(installments);
        policyWarnings = policyWarnings == null ? List.of() : List.copyOf(policyWarnings);
        landUserDefaults = landUserDefaults == null ? List.of() : List.copyOf(landUserDefaults);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
