package org.parcelwatch.projections.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated event of a parcel as the ledger download's events sheet lists it (事件), the layout the ledger import reads.
 *
 * @param document the payment's receipt number or the delivered notice's number
 * @param remark   who received the delivered notice
 */
public record LedgerEventRow(String parcelId, Kind kind, LocalDate day, BigDecimal amount, String document, String remark) {

    /** The events the ledger keeps the day of. */
    public enum Kind { PAYMENT, HANDOVER, START, COMPLETION, NOTICE_DELIVERY }
}
