package org.parcelwatch.api.application;

import java.math.BigDecimal;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bureau's lead times and statutory figures ({@code parcelwatch.supervision.*}). A figure left out keeps
 * its default from {@link SupervisionSettings#defaults()} (DESIGN §2), so the defaults live in one place.
 *
 * @param reminderLeadDays     days before a due date on which a reminder goes out (30)
 * @param extensionApplicationLeadDays days before the date it moves by which an extension must be applied for (30)
 * @param terminationAfterDays days overdue, after an urge notice, that give the right to terminate (60)
 * @param investigationDays    days the brigade has to begin an idle-land investigation after the referral (30)
 * @param investigationAnswerDays days the land user has to answer the investigation notice from its delivery (30)
 * @param idleFeeRate          the idle-land fee as a share of the total price (0.20)
 * @param idleFeePaymentDays   days to pay the idle-land fee (30)
 * @param defaultPenaltyRates  daily damages rates for a contract that states none (each 0.001, 1‰)
 */
@ConfigurationProperties("parcelwatch.supervision")
public record SupervisionProperties(Integer reminderLeadDays, Integer extensionApplicationLeadDays,
                                    Integer terminationAfterDays, Integer investigationDays,
                                    Integer investigationAnswerDays, BigDecimal idleFeeRate, Integer idleFeePaymentDays,
                                    PenaltyRates defaultPenaltyRates, Integer hearingRequestWorkingDays) {

    /** The settings the rules read: each configured figure, else the default; checked by {@link SupervisionSettings}. */
    public SupervisionSettings settings() {
        SupervisionSettings defaults = SupervisionSettings.defaults();
        return new SupervisionSettings(
                reminderLeadDays != null ? reminderLeadDays : defaults.reminderLeadDays(),
                extensionApplicationLeadDays != null ? extensionApplicationLeadDays
                        : defaults.extensionApplicationLeadDays(),
                terminationAfterDays != null ? terminationAfterDays : defaults.terminationAfterDays(),
                investigationDays != null ? investigationDays : defaults.investigationDays(),
                investigationAnswerDays != null ? investigationAnswerDays : defaults.investigationAnswerDays(),
                idleFeeRate != null ? idleFeeRate : defaults.idleFeeRate(),
                idleFeePaymentDays != null ? idleFeePaymentDays : defaults.idleFeePaymentDays(),
                defaultPenaltyRates != null ? defaultPenaltyRates.orDefaults(defaults.defaultPenaltyRates())
                        : defaults.defaultPenaltyRates(),
                hearingRequestWorkingDays != null ? hearingRequestWorkingDays : defaults.hearingRequestWorkingDays());
    }
}
