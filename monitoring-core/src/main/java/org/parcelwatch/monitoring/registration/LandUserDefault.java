package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An open default of a land user on one of its parcels, as its record (诚信档案) lists it and as a new supply to the
 * same land user is warned of (国土资发〔2010〕34号 bars such users from new bids; the bureau decides).
 *
 * @param amount      what is owed: the overdue land price still outstanding, the idle-land fee imposed; else null
 * @param referenceNo the document that established it: the urge notice, the idle-land determination, the termination
 *                    decision, the recovery decision notice; null when there is none
 * @param arisenOn    the day it arose
 */
public record LandUserDefault(String parcelId, Kind kind, BigDecimal amount, String referenceNo, LocalDate arisenOn) {

    public enum Kind {
        /** 拖欠土地出让价款 */
        OVERDUE_LAND_PRICE("overdue land price", "拖欠土地出让价款"),
        /** 因自身原因造成土地闲置 (《闲置土地处置办法》第十四条) */
        IDLE_FOR_OWN_CAUSE("idle land for its own cause", "因自身原因造成土地闲置"),
        /** 解除国有建设用地使用权出让合同 */
        CONTRACT_TERMINATED("contract terminated", "出让合同被解除"),
        /** 无偿收回国有建设用地使用权 */
        RECOVERED_WITHOUT_COMPENSATION("land recovered without compensation", "土地被无偿收回");

        private final String words;
        private final String title;

        Kind(String words, String title) {
            this.words = words;
            this.title = title;
        }

        /** The Chinese name, as the record prints it. */
        public String title() {
            return title;
        }
    }

    /**
     * The default in a few English words, as the registration warning's recorded text ({@code ParcelRegistered.policyWarnings})
     * names it. The workbench does not show this text: it writes the default from its fields in the reader's language
     * ({@code ParcelRegistered.landUserDefaults}), and falls back to it only for registrations recorded before those.
     */
    public String describe() {
        return parcelId + " " + kind.words + (amount == null || kind != Kind.OVERDUE_LAND_PRICE ? "" : " " + amount.toPlainString())
                + (arisenOn == null ? "" : " since " + arisenOn) + (referenceNo == null ? "" : " (" + referenceNo + ")");
    }
}
