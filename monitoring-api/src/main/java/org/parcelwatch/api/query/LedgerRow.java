package org.parcelwatch.api.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.projections.ledger.LedgerEntry;

/** One row of the ledger (台账). */
public record LedgerRow(String parcelId, String contractNo, String parcelCode, String supplyMethod, String projectName,
                        String landUserName, String creditCode, String location, String township, String districtCode,
                        String landUse, BigDecimal areaSqm, BigDecimal totalPrice, BigDecimal paid, BigDecimal outstanding,
                        Stage stage, LocalDate signedOn, LocalDate agreedHandoverDate, LocalDate actualHandoverDate,
                        LocalDate agreedStartDate, LocalDate actualStartDate, LocalDate agreedCompletionDate,
                        LocalDate actualCompletionDate, String idleStatus, Set<Flag> flags, boolean patrolledStartStage,
                        boolean patrolledCompletionStage, LocalDate nextDueOn) {

    static LedgerRow of(LedgerEntry e) {
        return new LedgerRow(e.getParcelId(), e.getContractNo(), e.getParcelCode(), e.getSupplyMethod(),
                e.getProjectName(), e.getLandUserName(), e.getCreditCode(), e.getLocation(), e.getTownship(),
                e.getDistrictCode(), e.getLandUse(), e.getAreaSqm(), e.getTotalPrice(), e.getPaid(), e.getOutstanding(),
                e.getStage(), e.getSignedOn(), e.getAgreedHandoverDate(), e.getActualHandoverDate(),
                e.getAgreedStartDate(), e.getActualStartDate(), e.getAgreedCompletionDate(), e.getActualCompletionDate(),
                e.getIdleStatus(), e.getFlags(), e.isPatrolledStartStage(), e.isPatrolledCompletionStage(),
                e.getNextDueOn());
    }
}
