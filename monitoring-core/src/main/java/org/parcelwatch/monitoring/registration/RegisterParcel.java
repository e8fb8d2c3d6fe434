package org.parcelwatch.monitoring.registration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.parcelwatch.monitoring.parcel.PenaltyRates;

/**
 * Enter a supplied parcel: a grant contract (出让合同) or an allocation decision (划拨决定书).
 * {@code penaltyRates} may be null (or have null members): the bureau's defaults apply.
 *
 * <p>{@code landUserDefaults} are the land user's open defaults on its other parcels, as the read side knew them when
 * the registration was sent (the aggregate sees one parcel only); they become the {@code LAND_USER_IN_DEFAULT} warning
 * of the registration. None when the land user has a clean record, or the sender did not look.
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
        PenaltyRates penaltyRates,
        // looked up by whoever sends the registration, never part of a contract as entered or of a seed file
        @JsonIgnore List<LandUserDefault> landUserDefaults,
        // optional: the parcel's location point, against which patrol photos are checked
        LocationPoint locationPoint) {

    public RegisterParcel {
        installments = installments == null ? List.of() : List.copyOf(installments);
        landUserDefaults = landUserDefaults == null ? List.of() : List.copyOf(landUserDefaults);
    }

    /** A registration sent without looking up the land user's record. */
    public RegisterParcel(String parcelId, String contractNo, String parcelCode, SupplyMethod supplyMethod,
                          String projectName, LandUser landUser, String location, String township, String districtCode,
                          BigDecimal areaSqm, String landUse, Integer termYears, BigDecimal totalPrice, LocalDate signedOn,
                          List<InstallmentTerm> installments, LocalDate agreedHandoverDate, LocalDate agreedStartDate,
                          LocalDate agreedCompletionDate, PlotRatio plotRatio, BigDecimal plannedFloorAreaSqm,
                          BigDecimal totalInvestment, PenaltyRates penaltyRates) {
        this(parcelId, contractNo, parcelCode, supplyMethod, projectName, landUser, location, township, districtCode,
                areaSqm, landUse, termYears, totalPrice, signedOn, installments, agreedHandoverDate, agreedStartDate,
                agreedCompletionDate, plotRatio, plannedFloorAreaSqm, totalInvestment, penaltyRates, List.of(), null);
    }

    /** The same registration, with the parcel's location point. */
    public RegisterParcel withLocationPoint(LocationPoint point) {
        return new RegisterParcel(parcelId, contractNo, parcelCode, supplyMethod, projectName, landUser, location, township,
                districtCode, areaSqm, landUse, termYears, totalPrice, signedOn, installments, agreedHandoverDate,
                agreedStartDate, agreedCompletionDate, plotRatio, plannedFloorAreaSqm, totalInvestment, penaltyRates,
                landUserDefaults, point);
    }

    /** The same registration, with the land user's open defaults as the read side found them. */
    public RegisterParcel withLandUserDefaults(List<LandUserDefault> defaults) {
        return new RegisterParcel(parcelId, contractNo, parcelCode, supplyMethod, projectName, landUser, location, township,
                districtCode, areaSqm, landUse, termYears, totalPrice, signedOn, installments, agreedHandoverDate,
                agreedStartDate, agreedCompletionDate, plotRatio, plannedFloorAreaSqm, totalInvestment, penaltyRates,
                defaults, locationPoint);
    }

    /** The land user's unified social credit code, null when the registration names none. */
    public String creditCode() {
        return landUser == null ? null : landUser.creditCode();
    }
}
