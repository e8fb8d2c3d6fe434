package org.parcelwatch.projections.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;

/**
 * One row of the ledger (台账) as the desk reads it: {@code parcel_ledger} and the parcel's open flags; the land use
 * as its GB/T 21010-2017 code, with its Chinese name.
 */
public record LedgerRow(String parcelId, String contractNo, String parcelCode, String supplyMethod, String projectName,
                        String landUserName, String creditCode, String location, String township, String districtCode,
                        String landUse, String landUseName, BigDecimal areaSqm, BigDecimal totalPrice, BigDecimal paid, BigDecimal outstanding,
                        Stage stage, LocalDate signedOn, LocalDate agreedHandoverDate, LocalDate actualHandoverDate,
                        LocalDate agreedStartDate, LocalDate actualStartDate, LocalDate agreedCompletionDate,
                        LocalDate actualCompletionDate, String idleStatus, Set<Flag> flags, boolean patrolledStartStage,
                        boolean patrolledCompletionStage, LocalDate nextDueOn, String officer) {

    /** A row without a land officer (as before issue 21). */
    public LedgerRow(String parcelId, String contractNo, String parcelCode, String supplyMethod, String projectName,
                     String landUserName, String creditCode, String location, String township, String districtCode,
                     String landUse, String landUseName, BigDecimal areaSqm, BigDecimal totalPrice, BigDecimal paid,
                     BigDecimal outstanding, Stage stage, LocalDate signedOn, LocalDate agreedHandoverDate,
                     LocalDate actualHandoverDate, LocalDate agreedStartDate, LocalDate actualStartDate,
                     LocalDate agreedCompletionDate, LocalDate actualCompletionDate, String idleStatus, Set<Flag> flags,
                     boolean patrolledStartStage, boolean patrolledCompletionStage, LocalDate nextDueOn) {
        this(parcelId, contractNo, parcelCode, supplyMethod, projectName, landUserName, creditCode, location, township,
                districtCode, landUse, landUseName, areaSqm, totalPrice, paid, outstanding, stage, signedOn, agreedHandoverDate,
                actualHandoverDate, agreedStartDate, actualStartDate, agreedCompletionDate, actualCompletionDate, idleStatus,
                flags, patrolledStartStage, patrolledCompletionStage, nextDueOn, null);
    }
}
